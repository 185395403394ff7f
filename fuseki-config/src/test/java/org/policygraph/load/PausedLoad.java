package org.policygraph.load;

import java.nio.file.Path;
import java.util.List;
import org.policygraph.pipeline.ExtractorSettings;

/**
 * A load that stops inside its write transaction and waits to be killed: run in a JVM of its own
 * by {@link KilledLoadTest}. Arguments: the data folder, the report file to load. Prints
 * {@value #IN_TRANSACTION} once the old graph is deleted and the new one written, before the commit.
 */
public final class PausedLoad {
    static final String IN_TRANSACTION = "in the write transaction, not committed";

    private PausedLoad() {}

    public static void main(String[] args) throws Exception {
        ReportStore store = ReportStore.open(Path.of(args[0]));
        store.beforeCommit(() -> {
            System.out.println(IN_TRANSACTION);
            System.out.flush();
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        new IncrementalLoader(store, TestCorpus::extractor, ExtractorSettings.defaults()).load(List.of(Path.of(args[1])), LoadListener.SILENT);
        System.out.println("committed: the test should have killed this process");
    }
}

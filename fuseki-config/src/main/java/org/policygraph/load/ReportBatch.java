package org.policygraph.load;

import java.util.ArrayList;
import java.util.List;
import org.policygraph.pipeline.ExtractedReport;

/**
 * Many reports on their way into a store, each whole: {@link #add} them one by one, then
 * {@link #close} to finish. How they are written is the store's business ({@link ReportGraphStore#batch}).
 */
public interface ReportBatch extends AutoCloseable {
    void add(ExtractedReport report);

    /** Writes what is still waiting. */
    @Override
    void close();

    /**
     * Reports gathered and written {@link ReportGraphStore#replaceAll} at a time: a batch is written
     * when it holds {@link #REPORTS} reports or {@link #CHARS} characters of report text, so
     * transactions are few and memory stays bounded.
     */
    final class Grouped implements ReportBatch {
        static final int REPORTS = 64;
        static final long CHARS = 4_000_000;

        private final ReportGraphStore store;
        private final List<ExtractedReport> waiting = new ArrayList<>();
        private long chars;

        Grouped(ReportGraphStore store) {
            this.store = store;
        }

        @Override
        public void add(ExtractedReport r) {
            waiting.add(r);
            chars += r.content().length();
            if (waiting.size() >= REPORTS || chars >= CHARS) close();
        }

        @Override
        public void close() {
            if (waiting.isEmpty()) return;
            store.replaceAll(List.copyOf(waiting));
            waiting.clear();
            chars = 0;
        }
    }
}

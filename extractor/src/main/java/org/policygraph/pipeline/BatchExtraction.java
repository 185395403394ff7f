package org.policygraph.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.policygraph.read.UnreadableInputException;

/**
 * Runs the extractor over many files: each report that can be read goes to the consumer as soon
 * as it is extracted (whole, never in part), each that cannot goes to the listener, and the batch
 * always runs to the end.
 */
public final class BatchExtraction {
    private final Extractor extractor;

    public BatchExtraction(Extractor extractor) {
        this.extractor = extractor;
    }

    /** The inputs that failed, in order. */
    public List<UnreadableInputException> run(List<Path> files, Consumer<ExtractedReport> sink, BatchListener listener) {
        List<UnreadableInputException> failures = new ArrayList<>();
        int done = 0;
        for (Path f : files) {
            done++;
            try {
                ExtractedReport r = extractor.extract(f);
                sink.accept(r);
                listener.extracted(done, files.size(), f, r);
            } catch (UnreadableInputException e) {
                failures.add(e);
                listener.failed(done, files.size(), f, e);
            } catch (RuntimeException e) {
                // a stage tripped over this input: report it like an unreadable one and go on with the rest
                UnreadableInputException failure = new UnreadableInputException(f, "extraction failed: " + e);
                failures.add(failure);
                listener.failed(done, files.size(), f, failure);
            }
        }
        return failures;
    }
}

package org.policygraph.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.policygraph.read.UnreadableInputException;

/**
 * Runs the extractor over many files: each report that can be read goes to the consumer as soon
 * as it (and every file before it) is extracted, whole, never in part; each that cannot goes to
 * the listener; the batch always runs to the end. With several threads the files are extracted
 * side by side, but the consumer and the listener still hear them one at a time, in input order,
 * on the caller's thread, so the output is the same as with one.
 */
public final class BatchExtraction {
    private final Extractor extractor;
    private final int threads;

    /** One thread per core. */
    public BatchExtraction(Extractor extractor) {
        this(extractor, ExtractorSettings.defaultThreads());
    }

    public BatchExtraction(Extractor extractor, int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
        this.extractor = extractor;
        this.threads = threads;
    }

    /** The inputs that failed, in order. */
    public List<UnreadableInputException> run(List<Path> files, Consumer<ExtractedReport> sink, BatchListener listener) {
        List<UnreadableInputException> failures = new ArrayList<>();
        int[] done = {0};
        // worked out before the files are shared among threads, so which is first is the input order
        Map<Path, UnreadableInputException> sameName = InputFiles.laterOfOneName(files);
        InOrderPool.run(files, threads, f -> sameName.containsKey(f) ? new Outcome(f, null, sameName.get(f)) : extract(f), outcome -> {
            done[0]++;
            if (outcome.report() != null) {
                sink.accept(outcome.report());
                listener.extracted(done[0], files.size(), outcome.file(), outcome.report());
            } else {
                failures.add(outcome.failure());
                listener.failed(done[0], files.size(), outcome.file(), outcome.failure());
            }
        });
        return failures;
    }

    private Outcome extract(Path f) {
        try {
            return new Outcome(f, extractor.extract(f), null);
        } catch (UnreadableInputException e) {
            return new Outcome(f, null, e);
        } catch (RuntimeException e) {
            // a stage tripped over this input: report it like an unreadable one and go on with the rest
            return new Outcome(f, null, new UnreadableInputException(f, "extraction failed: " + e));
        }
    }

    private record Outcome(Path file, ExtractedReport report, UnreadableInputException failure) {}
}

package org.policygraph.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
        Map<Path, Path> sameNameAs = laterOfOneName(files);
        InOrderPool.run(files, threads, f -> sameNameAs.containsKey(f)
                ? new Outcome(f, null, new UnreadableInputException(f, "same file name as " + sameNameAs.get(f) + "; reports are identified by file name"))
                : extract(f), outcome -> {
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

    /**
     * Each file after the first of its name, with that first: a report is known by its file name (its
     * IRI), so a second file of one name would mix its graph into the first's. Worked out before the
     * files are shared among threads, so which one is first is the input order.
     */
    private static Map<Path, Path> laterOfOneName(List<Path> files) {
        Map<String, Path> first = new HashMap<>();
        Map<Path, Path> later = new IdentityHashMap<>();
        for (Path f : files) {
            if (f.getFileName() == null) continue;
            Path earlier = first.putIfAbsent(f.getFileName().toString(), f);
            if (earlier != null) later.put(f, earlier);
        }
        return later;
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

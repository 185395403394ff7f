package org.policygraph.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Timings of repeated runs, in seconds: the median for throughput, the 95th percentile for latency. */
final class Samples {
    private final List<Double> seconds = new ArrayList<>();

    void add(long nanos) {
        seconds.add(nanos / 1e9);
    }

    int size() {
        return seconds.size();
    }

    double median() {
        return percentile(50);
    }

    /** Nearest-rank percentile. */
    double percentile(double p) {
        if (seconds.isEmpty()) return Double.NaN;
        List<Double> sorted = new ArrayList<>(seconds);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /** Runs the action {@code warmup} times unmeasured, then {@code runs} times measured. */
    static Samples of(int warmup, int runs, ThrowingRunnable action) throws Exception {
        for (int i = 0; i < warmup; i++) action.run();
        Samples s = new Samples();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            action.run();
            s.add(System.nanoTime() - t);
        }
        return s;
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }
}

package org.policygraph.pipeline;

/**
 * Typed settings of the extraction pipeline, each with its default.
 *
 * @param maxInputBytes files larger than this are refused (default 50 MB)
 * @param threads       how many reports are extracted side by side (default: one per core)
 */
public record ExtractorSettings(long maxInputBytes, int threads) {
    public static final long DEFAULT_MAX_INPUT_BYTES = 50L * 1024 * 1024;

    public static ExtractorSettings defaults() {
        return new ExtractorSettings(DEFAULT_MAX_INPUT_BYTES);
    }

    /** One thread per core. */
    public ExtractorSettings(long maxInputBytes) {
        this(maxInputBytes, defaultThreads());
    }

    public ExtractorSettings {
        if (maxInputBytes <= 0) throw new IllegalArgumentException("maxInputBytes must be positive: " + maxInputBytes);
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }

    /** The machine's cores, as the JVM sees them. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }
}

package org.policygraph.pipeline;

/**
 * Typed settings of the extraction pipeline, each with its default.
 *
 * @param maxInputBytes files larger than this are refused (default 50 MB)
 */
public record ExtractorSettings(long maxInputBytes) {
    public static final long DEFAULT_MAX_INPUT_BYTES = 50L * 1024 * 1024;

    public static ExtractorSettings defaults() {
        return new ExtractorSettings(DEFAULT_MAX_INPUT_BYTES);
    }

    public ExtractorSettings {
        if (maxInputBytes <= 0) throw new IllegalArgumentException("maxInputBytes must be positive: " + maxInputBytes);
    }
}

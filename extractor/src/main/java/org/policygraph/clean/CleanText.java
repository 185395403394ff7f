package org.policygraph.clean;

import java.util.Optional;

/**
 * Cleaned report text with a map back to the read text.
 *
 * @param text          the cleaned text: the contract's {@code pg:content}, into which offsets point
 * @param sourceOffsets for each code unit of {@code text}, its index in the read text
 * @param title         a title the chrome gave (a viewer's file name), for a report that states none
 */
public record CleanText(String text, int[] sourceOffsets, Optional<String> title) {
    public CleanText(String text, int[] sourceOffsets) {
        this(text, sourceOffsets, Optional.empty());
    }

    public int sourceOffset(int cleanIndex) {
        return cleanIndex < sourceOffsets.length ? sourceOffsets[cleanIndex] : sourceOffsets.length == 0 ? 0 : sourceOffsets[sourceOffsets.length - 1] + 1;
    }

    CleanText withTitle(Optional<String> candidate) {
        return new CleanText(text, sourceOffsets, candidate);
    }
}

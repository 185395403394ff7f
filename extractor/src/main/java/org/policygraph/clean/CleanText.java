package org.policygraph.clean;

/**
 * Cleaned report text with a map back to the read text.
 *
 * @param text          the cleaned text: the contract's {@code pg:content}, into which offsets point
 * @param sourceOffsets for each code unit of {@code text}, its index in the read text
 */
public record CleanText(String text, int[] sourceOffsets) {
    public int sourceOffset(int cleanIndex) {
        return cleanIndex < sourceOffsets.length ? sourceOffsets[cleanIndex] : sourceOffsets.length == 0 ? 0 : sourceOffsets[sourceOffsets.length - 1] + 1;
    }
}

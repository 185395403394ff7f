package org.policygraph.clean;

import java.util.Arrays;

/** Builds cleaned text while remembering, for each character, where it came from in the read text. */
final class OffsetTrackingBuilder {
    private final StringBuilder text = new StringBuilder();
    private int[] offsets = new int[1024];

    void append(char c, int sourceOffset) {
        if (text.length() == offsets.length) offsets = Arrays.copyOf(offsets, offsets.length * 2);
        offsets[text.length()] = sourceOffset;
        text.append(c);
    }

    int length() { return text.length(); }

    char lastChar() { return text.charAt(text.length() - 1); }

    void truncate(int newLength) { text.setLength(newLength); }

    CleanText build() {
        return new CleanText(text.toString(), Arrays.copyOf(offsets, text.length()));
    }
}

package org.policygraph.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** What every cleaning step promises: each character of the cleaned text traces back to the one it was read from. */
final class OffsetsTrace {
    private static final String LINE_BREAKS = "\n\r\u000B\u0085\u2028\u2029";

    private OffsetsTrace() {}

    /**
     * One offset per character, inside the input, never going backwards, each at the character
     * the cleaned one was folded from ({@link ReportTextCleaner#normalise}), a line break at a line break.
     */
    static void assertTrace(CleanText clean, String input) {
        String text = clean.text();
        int[] offsets = clean.sourceOffsets();
        assertEquals(text.length(), offsets.length, "one offset per code unit");
        for (int i = 0; i < text.length(); i++) {
            int o = offsets[i];
            if (o < 0 || o >= input.length()) fail("offset " + o + " of text index " + i + " is outside the input");
            if (i > 0 && o < offsets[i - 1]) fail("offsets go backwards at text index " + i);
            char source = input.charAt(o);
            char kept = text.charAt(i);
            boolean lineBreak = kept == '\n' && LINE_BREAKS.indexOf(source) >= 0;
            if (!lineBreak && ReportTextCleaner.normalise(source) != kept) {
                fail("text index " + i + " '" + kept + "' (U+" + Integer.toHexString(kept) + ") maps to input index " + o
                        + " '" + source + "' (U+" + Integer.toHexString(source) + ") near: " + text.substring(Math.max(0, i - 10), i));
            }
        }
    }
}

package org.policygraph.recognise;

import java.util.Arrays;

/**
 * Where a text's 《, 》 and line breaks are, for asking "is this offset inside a 《》 title?" at
 * many offsets: a binary search each time, where {@code lastIndexOf} would walk back (and
 * {@code indexOf} forward) as far as the nearest mark, across the whole text when there is none.
 */
public final class TitleMarks {
    private final int[] opens;
    private final int[] closes;
    private final int[] lineBreaks;

    public TitleMarks(String text) {
        opens = positions(text, '《');
        closes = positions(text, '》');
        lineBreaks = positions(text, '\n');
    }

    /** The last 《 at or before the offset, or -1: {@code text.lastIndexOf('《', offset)}. */
    public int lastOpen(int offset) {
        return last(opens, offset);
    }

    /** {@code text.lastIndexOf('》', offset)}. */
    public int lastClose(int offset) {
        return last(closes, offset);
    }

    /** {@code text.indexOf('《', from)}. */
    public int nextOpen(int from) {
        return next(opens, from);
    }

    /** {@code text.indexOf('》', from)}. */
    public int nextClose(int from) {
        return next(closes, from);
    }

    /** {@code text.indexOf('\n', from)}. */
    public int nextLineBreak(int from) {
        return next(lineBreaks, from);
    }

    private static int[] positions(String text, char c) {
        int n = 0;
        for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) n++;
        int[] out = new int[n];
        n = 0;
        for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) out[n++] = i;
        return out;
    }

    private static int last(int[] at, int offset) {
        if (offset < 0) return -1;
        int k = Arrays.binarySearch(at, offset);
        if (k >= 0) return at[k];
        k = -k - 2;
        return k >= 0 ? at[k] : -1;
    }

    private static int next(int[] at, int from) {
        int k = Arrays.binarySearch(at, Math.max(0, from));
        if (k >= 0) return at[k];
        k = -k - 1;
        return k < at.length ? at[k] : -1;
    }
}

package org.policygraph.recognise.tagger;

/**
 * A name never leaves a bracket open: a span that ends inside its own round bracket
 * (国家碳计量中心（福建, 长征国家文化公园（福建段) runs on to the bracket's close, when that
 * follows within a few characters on the same line. The tagger decides each character on a
 * window, and the closing bracket is often past it.
 */
final class OpenBrackets {
    private static final String OPENERS = "(（", CLOSERS = ")）";
    private static final int REACH = 12;

    private OpenBrackets() {}

    /** The end of {@code [start, end)} of the text once its open bracket is closed, or {@code end}. */
    static int closedEnd(String text, int start, int end) {
        int open = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (OPENERS.indexOf(c) >= 0) open++;
            else if (CLOSERS.indexOf(c) >= 0 && open > 0) open--;
        }
        if (open != 1) return end;
        for (int i = end; i < Math.min(text.length(), end + REACH); i++) {
            char c = text.charAt(i);
            if (CLOSERS.indexOf(c) >= 0) return i + 1;
            if (OPENERS.indexOf(c) >= 0 || "\n。；！？".indexOf(c) >= 0) return end;
        }
        return end;
    }
}

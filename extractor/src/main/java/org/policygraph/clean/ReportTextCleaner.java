package org.policygraph.clean;

/**
 * Cleans read text line by line: drops site chrome, trims each line, folds runs of blank
 * lines into one, and maps full-width ASCII forms ({@code （）：，１２}) to their half-width
 * twins so that later rules see one form. Every kept character remembers its source offset.
 */
public final class ReportTextCleaner implements TextCleaner {

    @Override
    public CleanText clean(String read) {
        OffsetTrackingBuilder out = new OffsetTrackingBuilder();
        int lineStart = 0;
        boolean pendingBlank = false;
        while (lineStart <= read.length()) {
            int nl = read.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? read.length() : nl;
            int s = lineStart, e = lineEnd;
            while (s < e && isSpace(read.charAt(s))) s++;
            while (e > s && isSpace(read.charAt(e - 1))) e--;
            String line = read.substring(s, e);
            if (line.isEmpty() || ChromeLines.isChrome(line)) {
                pendingBlank = out.length() > 0 && !line.isEmpty() ? pendingBlank : out.length() > 0;
            } else {
                if (out.length() > 0) {
                    // the line break maps to the newline that ended the previous line
                    out.append('\n', lineStart - 1);
                    if (pendingBlank) out.append('\n', lineStart - 1);
                }
                for (int i = s; i < e; i++) out.append(normalise(read.charAt(i)), i);
                pendingBlank = false;
            }
            if (nl < 0) break;
            lineStart = nl + 1;
        }
        return out.build();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\u3000' || c == '\u00A0' || c == '\uFEFF' || c == '\f';
    }

    /** Full-width ASCII variants to ASCII; ideographic full stop and the rest stay as written. */
    static char normalise(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') return (char) (c - 0xFEE0);
        if (c == '\u3000' || c == '\u00A0') return ' ';
        return c;
    }
}

package org.policygraph.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text hard-wrapped at a fixed width, as a PDF's or an e-mail's lines saved as text give it:
 * every paragraph cut into lines of about one length, the names and sentences broken across
 * them. Such a text shows one line length (in characters, or in columns where a Chinese
 * character takes two) far more often than any other and almost no longer line; a line that
 * long runs on into the next, unless the next opens a paragraph (indented where the text
 * indents its paragraphs) or a numbered heading after a finished sentence. A text not so
 * wrapped has paragraphs of every length, and none of its line breaks is taken for a wrap.
 */
final class WrappedLines {
    /** Lines shorter than this say nothing of a wrap width (headings, page numbers). */
    private static final int MIN_WIDTH = 16;
    /** No wrap is wider than this many characters (twice as many columns). */
    private static final int MAX_WIDTH = 200;
    /** How much shorter than the width a wrapped line may be: a wide character that did not fit, punctuation kept off a line's start. */
    private static final int CHAR_SLACK = 2, COLUMN_SLACK = 4;
    /** Lines at the width, of the lines at least {@link #MIN_WIDTH} long, for the text to count as wrapped. */
    private static final double MIN_SHARE_AT_WIDTH = 0.4;
    private static final int MIN_LINES_AT_WIDTH = 5;
    /** Lines longer than the width, of the same lines, that a wrapped text may still hold (a long address, a table row). */
    private static final double MAX_SHARE_OVER = 0.02;

    /** An item's number: {@code 2.}, {@code 2、} or {@code 二是}. */
    private static final String ITEM = "(?:([0-9]{1,2})\\s*[、.．](?![0-9])|([一二三四五六七八九十]{1,3})是)";
    private static final Pattern ITEM_START = Pattern.compile("^" + ITEM);
    /** An item numbered inside a paragraph, after a sentence or a colon (not the paragraph's own numbering at its start). */
    private static final Pattern INLINE_ITEM = Pattern.compile("[。；;：:！？!?]\\s*" + ITEM);

    private WrappedLines() {}

    /**
     * For each line, whether it continues the line before it as one paragraph the wrap cut.
     *
     * @param read   the lines as read, trailing whitespace trimmed, their indentation kept (the
     *               wrap's width counts it)
     * @param lines  the same lines trimmed and folded, as the cleaner keeps them
     * @param noText lines that are not text (blank, chrome): they break any run of wrapped lines
     */
    static boolean[] continuations(List<? extends CharSequence> read, List<String> lines, boolean[] noText) {
        boolean[] joins = new boolean[lines.size()];
        boolean[] indented = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) indented[i] = read.get(i).length() > 0 && isIndent(read.get(i).charAt(0));
        Width width = Width.of(read, noText, false);
        Width columns = Width.of(read, noText, true);
        Width wrap = columns.atWidth() > width.atWidth() ? columns : width;
        if (!wrap.isWrap()) return joins;
        boolean indentsParagraphs = indentsParagraphs(indented, noText);
        // the number of the paragraph's last item inside it so far, or -1
        int lastItem = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            joins[i] = i > 0 && !noText[i] && !noText[i - 1] && continues(wrap, read.get(i - 1), lines.get(i - 1), line, lastItem,
                    indentsParagraphs && indented[i]);
            if (!joins[i]) lastItem = -1;
            // an item after the previous line's last mark counts too: scan from that mark on
            String previous = joins[i] ? lines.get(i - 1) : "";
            Matcher m = INLINE_ITEM.matcher(previous.isEmpty() ? line : previous.charAt(previous.length() - 1) + line);
            while (m.find()) lastItem = number(m);
        }
        return joins;
    }

    /**
     * A full line runs on into the next, unless the next is indented as a paragraph, or opens a
     * numbered item after a finished sentence that is not the next of the paragraph's own items
     * ({@code …学习文章。2.组织…} cut before the {@code 2.} goes on).
     */
    private static boolean continues(Width wrap, CharSequence previousAsRead, String previous, String line, int lastItem,
                                     boolean indentedParagraph) {
        if (!wrap.reaches(previousAsRead) || indentedParagraph) return false;
        Matcher item = ITEM_START.matcher(line);
        boolean numbered = item.find();
        if (!ViewerDump.endsSentence(previous) || !numbered && !PageNumbers.opensHeading(line)) return true;
        return numbered && lastItem > 0 && number(item) == lastItem + 1;
    }

    private static int number(Matcher item) {
        return item.group(1) != null ? Integer.parseInt(item.group(1)) : ChineseNumber.parse(item.group(2));
    }

    private static boolean isIndent(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0';
    }

    /** Indentation marks paragraphs only where some lines have it and most do not (a margin indents them all). */
    private static boolean indentsParagraphs(boolean[] indented, boolean[] noText) {
        int text = 0, in = 0;
        for (int i = 0; i < indented.length; i++) {
            if (noText[i]) continue;
            text++;
            if (indented[i]) in++;
        }
        return in > 0 && 2 * in < text;
    }

    /**
     * The line length most lines reach, measured in characters or in columns, and the lengths
     * just short of it that count as reaching it: those more frequent than the lengths of the
     * paragraphs' last lines (a wrap at 36 characters gives only 36; a typesetter keeping
     * punctuation off a line's start gives 35, 36 and 37).
     */
    private record Width(int width, int atWidth, boolean[] full, boolean columns) {

        static Width of(List<? extends CharSequence> lines, boolean[] noText, boolean columns) {
            int minimum = columns ? 2 * MIN_WIDTH : MIN_WIDTH, slack = columns ? COLUMN_SLACK : CHAR_SLACK;
            int longest = columns ? 2 * MAX_WIDTH : MAX_WIDTH;
            // lines longer than any wrap are counted, not measured: a report of one long line needs no table of its length
            int[] count = new int[longest + 1];
            int measured = 0, beyond = 0;
            for (int i = 0; i < lines.size(); i++) {
                if (noText[i]) continue;
                int l = length(lines.get(i), columns, longest + 1);
                if (l < minimum) continue;
                measured++;
                if (l > longest) beyond++;
                else count[l]++;
            }
            // from the longest line down: the width with most lines at it and few beyond it
            int width = 0, atWidth = 0, over = beyond;
            for (int w = longest; w >= minimum; w--) {
                if (over > MAX_SHARE_OVER * measured) break;
                int at = 0;
                for (int l = Math.max(minimum, w - slack); l <= w; l++) at += count[l];
                if (at > atWidth) {
                    width = w;
                    atWidth = at;
                }
                over += count[w];
            }
            boolean[] full = new boolean[longest + 2];
            if (atWidth == 0 || atWidth < MIN_LINES_AT_WIDTH || atWidth < MIN_SHARE_AT_WIDTH * measured) {
                return new Width(width, 0, full, columns);
            }
            int from = Math.max(minimum, width - slack);
            double background = (double) (measured - atWidth) / Math.max(1, from - minimum);
            for (int l = from; l <= longest + 1; l++) full[l] = l >= width || count[l] > 2 * background;
            return new Width(width, atWidth, full, columns);
        }

        boolean isWrap() {
            return atWidth > 0;
        }

        boolean reaches(CharSequence line) {
            return full[length(line, columns, full.length - 1)];
        }

        /** The line's length, or {@code cap} when it is longer. */
        private static int length(CharSequence line, boolean columns, int cap) {
            if (!columns) return Math.min(line.length(), cap);
            int n = 0;
            for (int i = 0; i < line.length() && n < cap; i++) n += line.charAt(i) < 0x1100 ? 1 : 2;
            return Math.min(n, cap);
        }
    }
}

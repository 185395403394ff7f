package org.policygraph.clean;

import java.nio.CharBuffer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Cleans read text line by line: drops site chrome ({@link ChromeLines}) and page numbers
 * ({@link PageNumbers}), joining the two halves of a sentence a page break cut; trims each line,
 * folds runs of blank lines into one, maps full-width ASCII forms ({@code （）：，１２}) to their
 * half-width twins so that later rules see one form, and repairs numbers ({@link NumberRepairs}),
 * over the joined text so that a repair may span a cut. A text hard-wrapped at a fixed width
 * ({@link WrappedLines}) gets its paragraphs back, a letter-spaced line ({@link LetterSpacing})
 * its words; characters that take no room ({@link InvisibleCharacters}), Markdown's marks
 * ({@link MarkdownMarks}), bullets before headings ({@link LeadingBullets}) and spaces between Chinese and Latin or digits ({@link ScriptSpacing}) go. A document viewer's dump
 * ({@link ViewerDump}) loses its header and its piece numbers, and its pieces join again.
 * Every kept character remembers its source offset.
 */
public final class ReportTextCleaner implements TextCleaner {
    /** What each line loses, in this order: invisible characters first, since they hide the spacing and the marks. */
    private static final List<Function<String, EditedLine>> LINE_EDITS = List.of(
            InvisibleCharacters::without, MarkdownMarks::of, LeadingBullets::of, LetterSpacing::of, ScriptSpacing::of);

    @Override
    public CleanText clean(String read) {
        List<Span> spans = spans(read);
        List<String> lines = new ArrayList<>(spans.size());
        // where each character of a line that lost some was in it (null: the line as written)
        int[][] positions = new int[spans.size()][];
        for (int i = 0; i < spans.size(); i++) {
            String line = fold(read.substring(spans.get(i).start, spans.get(i).end));
            EditedLine edited = EditedLine.applying(LINE_EDITS, line);
            if (edited != null) {
                line = edited.text();
                positions[i] = edited.positions();
            }
            lines.add(line);
        }
        boolean[] chrome = ChromeLines.mark(lines);
        Optional<String> title = Optional.empty();
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            if (!ViewerDump.isHeader(lines.get(i))) continue;
            chrome[i] = header = true;
            if (title.isEmpty()) title = ViewerDump.titleOf(lines.get(i));
        }
        boolean[] noText = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) noText[i] = chrome[i] || lines.get(i).isEmpty();
        int[] pieces = ViewerDump.pieceNumbers(lines, noText, header);
        // the lines as read, indentation and full-width forms kept, as views (a large report is not copied again)
        List<CharSequence> readLines = new ArrayList<>(spans.size());
        for (Span s : spans) readLines.add(CharBuffer.wrap(read, s.lineStart, s.end));
        boolean[] wraps = WrappedLines.continuations(readLines, lines, noText);

        OffsetTrackingBuilder out = new OffsetTrackingBuilder();
        String previous = "";
        int lastItem = 0;
        boolean pendingBlank = false, pageBreak = false;
        for (int i = 0; i < spans.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty() || chrome[i]) {
                if (out.length() > 0 && line.isEmpty()) pendingBlank = true;
                if (chrome[i] && ChromeLines.isPageFurniture(line)) pageBreak = true;
                continue;
            }
            if (PageNumbers.isPageLine(line)) {
                pageBreak = true;
                continue;
            }
            // a piece of a viewer dump goes on with the text the cut broke off, unless its number is
            // the report's own next item after a finished sentence
            boolean piece = pieces[i] > 0 && !(ViewerDump.endsSentence(previous) && PageNumbers.itemNumber(line) == lastItem + 1);
            int skip = piece ? pieces[i] : PageNumbers.leadingPageNumber(line, previous, lastItem);
            boolean join = skip > 0 || pageBreak && PageNumbers.continues(previous, line) || wraps[i];
            if (skip == 0 && PageNumbers.itemNumber(line) > 0) lastItem = PageNumbers.itemNumber(line);
            if (piece) lastItem = ViewerDump.lastItemIn(line.substring(skip), lastItem);
            if (out.length() > 0 && !join) {
                // the line break maps to the newline that ended the previous line
                int newline = spans.get(i).lineStart - 1;
                out.append('\n', newline);
                if (pendingBlank) out.append('\n', newline);
            }
            appendLine(out, line, skip, spans.get(i).start, positions[i]);
            previous = join ? previous + line.substring(skip) : line;
            pendingBlank = false;
            pageBreak = false;
        }
        return NumberRepairs.repair(out.build()).withTitle(title);
    }

    /**
     * Appends a folded line from {@code from} on, whose first character sits at {@code sourceStart};
     * folding kept positions one to one, taking out letter-spacing did not ({@code positions}).
     */
    private static void appendLine(OffsetTrackingBuilder out, String line, int from, int sourceStart, int[] positions) {
        for (int k = from; k < line.length(); k++) out.append(line.charAt(k), sourceStart + (positions == null ? k : positions[k]));
    }

    /** Each line of the text with its edges' whitespace trimmed: [start, end) and where the line began. */
    private static List<Span> spans(String read) {
        List<Span> spans = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= read.length()) {
            int nl = nextLineBreak(read, lineStart);
            int lineEnd = nl < 0 ? read.length() : nl;
            int s = lineStart, e = lineEnd;
            while (s < e && isSpace(read.charAt(s))) s++;
            while (e > s && isSpace(read.charAt(e - 1))) e--;
            spans.add(new Span(lineStart, s, e));
            if (nl < 0) break;
            lineStart = nl + 1;
        }
        return spans;
    }

    private record Span(int lineStart, int start, int end) {}

    /**
     * Where the line from {@code from} ends, or -1: at a line feed, a carriage return not before
     * one (old Mac files), a vertical tab (Word's manual line break, copied), or a Unicode line or
     * paragraph separator.
     */
    private static int nextLineBreak(String read, int from) {
        for (int i = from; i < read.length(); i++) {
            char c = read.charAt(i);
            if (c == '\n' || c == '\u000B' || c == '\u0085' || c == '\u2028' || c == '\u2029') return i;
            if (c == '\r' && (i + 1 == read.length() || read.charAt(i + 1) != '\n')) return i;
        }
        return -1;
    }

    private static boolean isSpace(char c) {
        // an invisible character at a line's edge hides the indentation after it: trimmed with it
        return c == ' ' || c == '\t' || c == '\r' || c == '\u3000' || c == '\u00A0' || c == '\f' || InvisibleCharacters.isInvisible(c);
    }

    private static String fold(String line) {
        char[] chars = line.toCharArray();
        for (int i = 0; i < chars.length; i++) chars[i] = normalise(chars[i]);
        return new String(chars);
    }

    /**
     * Full-width ASCII variants to ASCII; radicals and compatibility ideographs to the characters
     * they stand for; ideographic full stop and the rest stay as written.
     */
    static char normalise(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') return (char) (c - 0xFEE0);
        if (c == '\u3000' || c == '\u00A0') return ' ';
        return Ideographs.unified(c);
    }

    /**
     * PDFs made from Word often map common characters to their Kangxi radical or a compatibility
     * ideograph ({@code ⼯作} with U+2F2F for 工, {@code ⼀} for 一): the same glyph, another code
     * point, which no dictionary or model knows. Each is the one character its compatibility
     * decomposition (NFKC) gives, so offsets stay one to one.
     */
    private static final class Ideographs {
        private static final char FIRST = '\u2E80', LAST = '\uFAFF';
        private static final char[] UNIFIED = new char[LAST - FIRST + 1];

        static {
            for (char c = FIRST; c <= LAST; c++) {
                boolean block = c <= '\u2FDF' || c >= '\uF900';
                String n = block ? Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC) : "";
                UNIFIED[c - FIRST] = n.length() == 1 && Character.UnicodeScript.of(n.charAt(0)) == Character.UnicodeScript.HAN ? n.charAt(0) : c;
            }
        }

        static char unified(char c) {
            return c < FIRST || c > LAST ? c : UNIFIED[c - FIRST];
        }
    }
}

package org.policygraph.clean;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text document-sharing sites show for an uploaded .docx or .pdf ("由会员分享,可在线阅读"):
 * a header line naming the file, then the document with its line breaks gone, cut into pieces of
 * a few hundred characters wherever the cut falls, each piece on a line of its own opened by its
 * number and 、 ({@code 1、…}, {@code 2、…}). The header is chrome (its file name is a candidate
 * title); the piece numbers go and the pieces join into the text they were cut from.
 */
final class ViewerDump {
    private static final Pattern HEADER = Pattern.compile(
            "^《(.{1,80}?)\\.(?i:docx?|pdf|wps|txt|pptx?|xlsx?)》.{0,20}(由会员分享|可在线阅读|在线阅读|免费下载).*");
    private static final Pattern PIECE = Pattern.compile("^([0-9]{1,4})、");
    /** A run of this many numbered lines, counting up, is a run of pieces (fewer when a viewer header says so). */
    private static final int MIN_RUN = 3;
    /** Viewers cut pieces of hundreds of characters; a numbered heading or item is rarely this long without a full stop. */
    private static final int MIN_PIECE = 40;
    /** The report's own items inside a line: a number after a line start, a sentence end or a colon. */
    private static final Pattern ITEM = Pattern.compile("(?:^|[。；;：:！？!?])\\s*([0-9]{1,2})\\s*[、.．](?![0-9])");
    private static final String SENTENCE_ENDS = "。！？!?；;…”\"’》)）】]";

    private ViewerDump() {}

    static boolean isHeader(String line) {
        return HEADER.matcher(line).matches();
    }

    /** The document name a viewer header gives, without its extension, when it says more than a code. */
    static Optional<String> titleOf(String header) {
        Matcher m = HEADER.matcher(header);
        if (!m.matches()) return Optional.empty();
        String name = m.group(1).strip();
        return name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? Optional.of(name) : Optional.empty();
    }

    /**
     * For each line, the length of the piece number that opens it, or 0: lines opened by
     * {@code N、} with N counting up by one from line to line, in a run long enough not to be a
     * list, and most of whose lines break off mid-sentence (a list's items end theirs).
     *
     * @param lines  the trimmed lines
     * @param skip   lines that are not text (chrome, blank), passed over
     * @param header whether a viewer header was seen, so that two pieces suffice
     */
    static int[] pieceNumbers(List<String> lines, boolean[] skip, boolean header) {
        int[] number = new int[lines.size()];
        int[] length = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = skip[i] ? null : PIECE.matcher(lines.get(i));
            if (m != null && m.find()) {
                number[i] = Integer.parseInt(m.group(1));
                length[i] = m.end();
            }
        }
        int[] pieces = new int[lines.size()];
        int i = 0;
        while (i < lines.size()) {
            if (length[i] == 0) {
                i++;
                continue;
            }
            // the run of numbered lines counting up from here, blank and chrome lines passed over
            int[] run = new int[lines.size()];
            int n = 0, j = i, expected = number[i];
            while (j < lines.size()) {
                if (skip[j]) {
                    j++;
                    continue;
                }
                if (length[j] == 0 || number[j] != expected) break;
                run[n++] = j;
                expected++;
                j++;
            }
            // pieces are long and mostly cut mid-sentence; items and headings are short or end theirs
            int cut = 0;
            for (int k = 0; k + 1 < n; k++) {
                String line = lines.get(run[k]);
                if ((header || line.length() >= MIN_PIECE) && !endsSentence(line)) cut++;
            }
            if (header ? n >= 2 && 2 * cut >= n - 1 : n >= MIN_RUN && 2 * cut > n - 1) {
                for (int k = 0; k < n; k++) pieces[run[k]] = length[run[k]];
            }
            i = n > 0 ? run[n - 1] + 1 : i + 1;
        }
        return pieces;
    }

    /** The number of the last of the report's own items in a piece's text, or {@code last} when it has none. */
    static int lastItemIn(String piece, int last) {
        Matcher m = ITEM.matcher(piece);
        while (m.find()) last = Integer.parseInt(m.group(1));
        return last;
    }

    static boolean endsSentence(String line) {
        return !line.isEmpty() && SENTENCE_ENDS.indexOf(line.charAt(line.length() - 1)) >= 0;
    }
}

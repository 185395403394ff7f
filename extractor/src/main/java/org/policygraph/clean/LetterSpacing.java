package org.policygraph.clean;

/**
 * Lines whose characters are set apart by spaces ({@code 政 府 工 作 报 告}), as a PDF's text layer
 * gives justified or spaced-out type and some sites give headings. Chinese sets no space between
 * its characters, so in a line where nearly every pair of characters has one space between them
 * the single spaces go; a wider gap stays as one space (it was a space in the type too). A line
 * with a space here and there ({@code 省长 王清宪}, {@code 一、 总体要求}) is left as written, as is
 * text in words of letters ({@code Zhongguancun Science City}: most of its gaps are no space).
 */
final class LetterSpacing {
    /** Of the gaps between two characters, the share a single space must fill for the line to be letter-spaced. */
    private static final double MIN_SPACED_SHARE = 0.8;

    private LetterSpacing() {}

    /** The line without its letter-spacing, or null when it is not letter-spaced. */
    static EditedLine of(String line) {
        int spaced = 0, tight = 0;
        for (int i = 1; i < line.length(); i++) {
            char c = line.charAt(i), before = line.charAt(i - 1);
            if (c != ' ' && before != ' ') tight++;
            else if (c == ' ' && before != ' ' && i + 1 < line.length() && line.charAt(i + 1) != ' ') spaced++;
        }
        if (spaced == 0 || spaced < MIN_SPACED_SHARE * (spaced + tight)) return null;
        boolean[] drop = new boolean[line.length()];
        for (int i = 0; i < line.length(); i++) {
            // a single space between two characters goes; of a wider gap the first space stays
            drop[i] = line.charAt(i) == ' ' && (i + 1 >= line.length() || line.charAt(i + 1) != ' ' || i > 0 && line.charAt(i - 1) == ' ');
        }
        return EditedLine.dropping(line, drop);
    }
}

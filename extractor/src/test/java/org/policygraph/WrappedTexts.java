package org.policygraph;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes a report hard-wrapped, as text saved from a PDF or a mail client gives it: every
 * paragraph cut into lines of a fixed width, wherever the cut falls.
 */
public final class WrappedTexts {
    /** Punctuation a Chinese typesetter keeps off a line's start: it stays at the end of the line before, one past the width. */
    private static final String NO_LINE_START = "，。、；：！？）》”’";

    private WrappedTexts() {}

    /** Each paragraph cut every {@code width} characters, no indentation, lines ended by \n. */
    public static String byCharacters(String report, int width) {
        List<String> out = new ArrayList<>();
        for (String paragraph : paragraphs(report)) {
            String rest = paragraph;
            while (rest.length() > width) {
                out.add(rest.substring(0, width));
                rest = rest.substring(width);
            }
            out.add(rest);
        }
        return String.join("\n", out) + "\n";
    }

    /**
     * Each paragraph opened by two ideographic spaces and cut at {@code columns} columns (a
     * Chinese character takes two), punctuation kept off a line's start; lines ended by \r\n.
     */
    public static String byColumns(String report, int columns) {
        List<String> out = new ArrayList<>();
        for (String paragraph : paragraphs(report)) {
            StringBuilder line = new StringBuilder();
            int used = 0;
            for (char c : ("\u3000\u3000" + paragraph).toCharArray()) {
                int w = c < 0x1100 ? 1 : 2;
                if (used + w > columns && NO_LINE_START.indexOf(c) < 0) {
                    out.add(line.toString());
                    line.setLength(0);
                    used = 0;
                }
                line.append(c);
                used += w;
            }
            out.add(line.toString());
        }
        return String.join("\r\n", out) + "\r\n";
    }

    private static List<String> paragraphs(String report) {
        return report.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}

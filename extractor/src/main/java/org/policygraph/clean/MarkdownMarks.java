package org.policygraph.clean;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown's marks in a report copied from a site or an app that writes it
 * ({@code ## 一、总体要求}, {@code **(一)精准施策稳经济。**}, {@code > 引文}): a heading's
 * {@code #}s and a quotation's {@code >} at the line's start, and the {@code **} or {@code __}
 * around bold text, go, so that the heading's numbering opens its line again. No report writes
 * them as text.
 */
final class MarkdownMarks {
    /** Before some text only: a line of a lone {@code >} is a breadcrumb's, chrome. */
    private static final Pattern LEADING = Pattern.compile("^(?:#{1,6}\\s+|>\\s*)+(?=\\S)");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__");

    private MarkdownMarks() {}

    /** The line without its Markdown marks, or null when it has none. */
    static EditedLine of(String line) {
        Matcher leading = LEADING.matcher(line);
        int from = leading.lookingAt() ? leading.end() : 0;
        Matcher emphasis = EMPHASIS.matcher(line).region(from, line.length());
        int marks = 0;
        while (emphasis.find()) marks++;
        // bold marks come in pairs: an odd one out may be the report's own
        if (marks % 2 == 1) marks = 0;
        if (from == 0 && marks == 0) return null;
        boolean[] drop = new boolean[line.length()];
        Arrays.fill(drop, 0, from, true);
        if (marks > 0) {
            emphasis.reset().region(from, line.length());
            while (emphasis.find()) Arrays.fill(drop, emphasis.start(), emphasis.end(), true);
        }
        return EditedLine.dropping(line, drop);
    }
}

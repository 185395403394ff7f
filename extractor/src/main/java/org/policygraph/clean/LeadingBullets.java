package org.policygraph.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bullets and ornaments that web pages and apps set before headings and items
 * ({@code ■ 一、总体要求}, {@code ◆(一)…}, {@code ● 推进…}, {@code ★}, {@code ※}): they go, so
 * that a heading's numbering opens its line again. A line of nothing but such marks is left to
 * the chrome rules; hyphens and asterisks stay (a page number {@code - 5 -}, Markdown's own marks).
 */
final class LeadingBullets {
    private static final Pattern LEADING = Pattern.compile(
            "^[\\u2022\\u2023\\u2043\\u00B7\\u203B\\u25A0-\\u25FF\\u2605\\u2606\\u2713\\u2714\\u2756\\u27A2\\u27A4\\s]+(?=\\S)");

    private LeadingBullets() {}

    /** The line without the bullets before its text, or null when it has none. */
    static EditedLine of(String line) {
        Matcher m = LEADING.matcher(line);
        if (!m.lookingAt()) return null;
        boolean[] drop = new boolean[line.length()];
        for (int i = 0; i < m.end(); i++) drop[i] = true;
        return EditedLine.dropping(line, drop);
    }
}

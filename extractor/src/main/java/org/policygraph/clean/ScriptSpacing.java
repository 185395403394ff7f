package org.policygraph.clean;

/**
 * A space between a Chinese character and a Latin letter or digit ({@code 增长 5.5%},
 * {@code 2025 年}, {@code 推进 AI 应用}), which many web sites add for looks: Chinese typesetting
 * has none, and it cuts names that hold a number or a Latin word ({@code 第 45 项},
 * {@code 5G 基站}). A single such space goes; spaces between two Chinese characters or two
 * Latin words stay, and so does the space after a number that opens the line (a numbered list's
 * or a table row's first cell: {@code 39 优先推动…}).
 */
final class ScriptSpacing {
    /** What a number counts or measures when it is one: after it no cell begins. */
    private static final String UNITS = "年月日号时项条个家所名人次元万亿千百届期批座处件户套台辆吨亩米";

    private ScriptSpacing() {}

    /** The line without its spaces between scripts, or null when it has none. */
    static EditedLine of(String line) {
        boolean[] drop = null;
        // a number that opens the line before a space is a list's or a table row's numbering, its cell apart
        int from = 0;
        while (from < line.length() && Character.isDigit(line.charAt(from))) from++;
        // unless a unit follows: 2025 年 is a year, 39 优先推动 a numbered row
        if (from + 1 < line.length() && UNITS.indexOf(line.charAt(from + 1)) >= 0) from = 0;
        for (int i = Math.max(1, from + 1); i + 1 < line.length(); i++) {
            if (line.charAt(i) != ' ') continue;
            char before = line.charAt(i - 1), after = line.charAt(i + 1);
            if (isHan(before) && isLatinOrDigit(after) || isLatinOrDigit(before) && isHan(after) || before == '%' && isHan(after)) {
                if (drop == null) drop = new boolean[line.length()];
                drop[i] = true;
            }
        }
        return drop == null ? null : EditedLine.dropping(line, drop);
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean isLatinOrDigit(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}

package org.policygraph.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the title of a heading ends when the line break after it was lost and the body follows
 * with no full stop between ({@code 一、工作回顾2025年是…}): at the first words that open a
 * report's paragraph (a year or a period and 是, 过去一年, 根据, 按照, 当前…), after the first few
 * characters of the title.
 */
final class RunOnTitle {
    private static final Pattern OPENER = Pattern.compile(
            "((19|20)[0-9]{2}年|今年|明年|去年|本年|[“\"]?十[一二三四五六七八九]五[”\"]?时期)(是|以来|,|，)"
                    + "|过去(一|五|的一|的五)年|一年来|五年来|根据|按照|当前|面对|各位代表");
    /** The shortest title a heading has ({@code 工作回顾}). */
    private static final int MIN_TITLE = 4;

    private RunOnTitle() {}

    /** The end of the title starting at {@code from}, at most {@code limit}. */
    static int end(String text, int from, int limit) {
        Matcher m = OPENER.matcher(text).region(Math.min(limit, from + MIN_TITLE), limit);
        int stop = limit;
        for (int i = from; i < limit; i++) {
            if (text.charAt(i) == '。') {
                stop = i;
                break;
            }
        }
        return m.find() && m.start() < stop ? m.start() : limit;
    }
}

package org.policygraph.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs of numbers in copied and scanned text, keeping every kept character in its place, so
 * the offset map holds: stray spaces inside numbering ({@code 3 .}, {@code ( 一 )}) are dropped,
 * and OCR's Latin letters for digits become the digits: inside a number ({@code 2O2O年},
 * {@code l0个}), or standing for a whole number before a unit or a numbering's dot
 * ({@code I-IO月}, {@code l项}, {@code I .研究}, the line {@code Sl线}). A letter next to other
 * letters is a word or a code ({@code IO平台}, {@code H2O}, {@code L4级}) and stays.
 */
final class NumberRepairs {
    private static final Pattern SPACED_NUMBERING = Pattern.compile(
            "(?<![0-9A-Za-z.])[0-9]{1,2}([ \\t]+)[.．、](?![ \\t]*[0-9])"
                    + "|[一二三四五六七八九十]{1,3}([ \\t]+)、"
                    + "|[(（]([ \\t]*)[一二三四五六七八九十0-9]{1,4}([ \\t]*)[)）]"
                    + "|第([ \\t]*)[0-9]{1,3}([ \\t]*)项");
    /** A run of digits and their look-alikes; {@code L} only where digits follow it ({@code L04万}). */
    private static final Pattern NUMBER_LIKE = Pattern.compile("L?[0-9lIOo]+");
    /** What follows a number and never a Latin word: units, measure words, magnitudes. */
    private static final String UNITS = "年月日号时万亿千百个家项条名人次位所批届期轮款件种类场座栋套台辆部篇份倍元余多%‰线";
    private static final Pattern RANGE = Pattern.compile("[-~—－～至到]");

    private NumberRepairs() {}

    /** The text with its numbers repaired; the map back follows every dropped character. */
    static CleanText repair(CleanText clean) {
        String text = repairDigits(clean.text());
        boolean[] drop = spacesInNumbering(text);
        OffsetTrackingBuilder out = new OffsetTrackingBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (!drop[i]) out.append(text.charAt(i), clean.sourceOffset(i));
        }
        return out.build();
    }

    /** For each character of the text, whether it is a space inside numbering, to be dropped. */
    static boolean[] spacesInNumbering(String line) {
        boolean[] drop = new boolean[line.length()];
        Matcher m = SPACED_NUMBERING.matcher(line);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) == null) continue;
                for (int i = m.start(g); i < m.end(g); i++) drop[i] = true;
            }
        }
        return drop;
    }

    /** The text with look-alike letters in numbers turned into digits; same length. */
    static String repairDigits(String line) {
        Matcher m = NUMBER_LIKE.matcher(line);
        StringBuilder out = null;
        int from = 0;
        while (from < line.length() && m.find(from)) {
            from = m.end();
            if (!isNumber(line, m.start(), m.end())) continue;
            for (int i = m.start(); i < m.end(); i++) {
                char c = line.charAt(i);
                char digit = c == 'l' || c == 'I' || c == 'L' ? '1' : c == 'O' || c == 'o' ? '0' : c;
                if (digit == c) continue;
                if (out == null) out = new StringBuilder(line);
                out.setCharAt(i, digit);
            }
        }
        return out == null ? line : out.toString();
    }

    /** Whether the run [start, end) of digits and look-alikes stands for a number. */
    private static boolean isNumber(String s, int start, int end) {
        boolean digit = false;
        for (int i = start; i < end; i++) digit |= Character.isDigit(s.charAt(i));
        boolean letterBefore = start > 0 && isLatin(s.charAt(start - 1));
        boolean letterAfter = end < s.length() && isLatin(s.charAt(end));
        if (s.charAt(start) == 'L') return !letterBefore && end - start >= 3 && digit && unitAt(s, end);
        if (letterAfter) return false;
        if (digit) return !letterBefore;
        if (end - start > 4) return false;
        // the line of a metro or a road: one capital and its number (Sl线)
        if (letterBefore) return (start < 2 || !isLatin(s.charAt(start - 2))) && Character.isUpperCase(s.charAt(start - 1))
                && end < s.length() && s.charAt(end) == '线';
        return unitAt(s, end) || numberingDotAt(s, end) || rangeToNumberAt(s, end);
    }

    private static boolean unitAt(String s, int i) {
        return i < s.length() && UNITS.indexOf(s.charAt(i)) >= 0;
    }

    /** {@code I .研究}: the dot of a numbering, then its text. */
    private static boolean numberingDotAt(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') i++;
        return i + 1 < s.length() && (s.charAt(i) == '.' || s.charAt(i) == '．' || s.charAt(i) == '、')
                && Character.UnicodeScript.of(s.charAt(i + 1)) == Character.UnicodeScript.HAN;
    }

    /** {@code I-IO月}: the first number of a range whose second is one. */
    private static boolean rangeToNumberAt(String s, int i) {
        if (i >= s.length() || !RANGE.matcher(s.substring(i, i + 1)).matches()) return false;
        Matcher next = NUMBER_LIKE.matcher(s).region(i + 1, s.length());
        return next.lookingAt() && isNumber(s, next.start(), next.end());
    }

    private static boolean isLatin(char c) {
        return c < 128 && Character.isLetter(c);
    }
}

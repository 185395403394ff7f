package org.policygraph.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs of numbers in copied and scanned text, each on one line and keeping every kept
 * character in its place, so the offset map holds: stray spaces inside numbering ({@code 3 .},
 * {@code ( 一 )}) are marked to be dropped, and OCR's Latin letters for digits inside a number
 * ({@code 2O2O年}, {@code l0个}) become the digits.
 */
final class NumberRepairs {
    private static final Pattern SPACED_NUMBERING = Pattern.compile(
            "(?<![0-9A-Za-z.])[0-9]{1,2}(\\s+)[.．、](?!\\s*[0-9])"
                    + "|[一二三四五六七八九十]{1,3}(\\s+)、"
                    + "|[(（](\\s*)[一二三四五六七八九十0-9]{1,4}(\\s*)[)）]"
                    + "|第(\\s*)[0-9]{1,3}(\\s*)项");
    /** A number with OCR's look-alike letters in it; no Latin letter on either side, so words and codes stay. */
    private static final Pattern OCR_NUMBER = Pattern.compile("(?<![A-Za-z])[0-9lIOo]*[0-9][0-9lIOo]*(?![A-Za-z])");

    private NumberRepairs() {}

    /** For each character of the line, whether it is a space inside numbering, to be dropped. */
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

    /** The line with look-alike letters inside numbers turned into digits; same length. */
    static String repairDigits(String line) {
        Matcher m = OCR_NUMBER.matcher(line);
        StringBuilder out = null;
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                char c = line.charAt(i);
                char digit = c == 'l' || c == 'I' ? '1' : c == 'O' || c == 'o' ? '0' : c;
                if (digit == c) continue;
                if (out == null) out = new StringBuilder(line);
                out.setCharAt(i, digit);
            }
        }
        return out == null ? line : out.toString();
    }
}

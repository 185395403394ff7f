package org.policygraph.read;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * The numbers Word draws before automatically numbered paragraphs ({@code 一、}, {@code (一)},
 * {@code 1.}), which are not in the paragraph's text but carry the report's structure. Counts
 * per numbering list and level, as Word does, restarting deeper levels when a higher one advances.
 */
final class WordNumbering {
    private static final int LEVELS = 9;
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    /** The number text for this paragraph, or "" when it is not numbered. */
    String label(XWPFParagraph p) {
        BigInteger numId = p.getNumID();
        String pattern = p.getNumLevelText();
        if (numId == null || numId.signum() == 0 || pattern == null) return "";
        int level = p.getNumIlvl() == null ? 0 : Math.min(p.getNumIlvl().intValue(), LEVELS - 1);
        int[] count = counters.computeIfAbsent(numId, k -> new int[LEVELS]);
        if (count[level] == 0 && p.getNumStartOverride() != null) count[level] = p.getNumStartOverride().intValue() - 1;
        count[level]++;
        for (int l = level + 1; l < LEVELS; l++) count[l] = 0;
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%' && i + 1 < pattern.length() && pattern.charAt(i + 1) >= '1' && pattern.charAt(i + 1) <= '9') {
                int l = pattern.charAt(++i) - '1';
                int n = Math.max(count[l], 1);
                label.append(l == level ? format(n, p.getNumFmt()) : Integer.toString(n));
            } else {
                label.append(c);
            }
        }
        return label.toString();
    }

    private static String format(int n, String numFmt) {
        if (numFmt == null) return Integer.toString(n);
        return switch (numFmt) {
            case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "japaneseCounting", "taiwaneseCounting" ->
                    ChineseNumerals.of(n);
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(Integer.toString(n));
            case "lowerLetter" -> Character.toString('a' + (n - 1) % 26);
            case "upperLetter" -> Character.toString('A' + (n - 1) % 26);
            case "bullet", "none" -> "";
            default -> Integer.toString(n);
        };
    }

    private static String fullWidth(String digits) {
        StringBuilder s = new StringBuilder();
        for (char c : digits.toCharArray()) s.append((char) (c + 0xFEE0));
        return s.toString();
    }
}

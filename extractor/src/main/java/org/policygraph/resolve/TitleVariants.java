package org.policygraph.resolve;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Whether two titles in one report name the same document. Reports cite a title more than once
 * and rarely the same way twice: with and without a leading 关于, with a body's short or full name
 * (中关村示范区 / 中关村国家自主创新示范区), with words moved (促进…中关村… / 中关村…促进…) or a
 * slip of the pen (转移专化). Two titles are one document when, after putting full names in and
 * 关于 off, they end in the same head, cite the same numbers, and share most of their character
 * pairs (Dice coefficient over bigrams).
 */
public final class TitleVariants {
    /** On the sample reports, two wordings of one title share 0.9 of their pairs and up, two plans of one body 0.72 and below. */
    static final double MIN_SHARED_PAIRS = 0.8;
    private static final int HEAD = 2;

    private final UnaryOperator<String> fullNames;

    /** @param fullNames puts the canonical name in place of every known short form */
    public TitleVariants(UnaryOperator<String> fullNames) {
        this.fullNames = fullNames;
    }

    public boolean sameDocument(String a, String b) {
        String x = normal(a), y = normal(b);
        if (x.equals(y)) return true;
        if (x.length() <= HEAD || y.length() <= HEAD || !x.endsWith(y.substring(y.length() - HEAD))) return false;
        if (!Abbreviations.numerals(x).equals(Abbreviations.numerals(y))) return false;
        return sharedPairs(x, y) >= MIN_SHARED_PAIRS;
    }

    private String normal(String title) {
        String t = title.startsWith("关于") ? title.substring(2) : title;
        return fullNames.apply(t);
    }

    /** Dice coefficient over the multisets of adjacent character pairs. */
    static double sharedPairs(String x, String y) {
        Map<String, Integer> pairs = new HashMap<>();
        for (int i = 0; i + 1 < x.length(); i++) pairs.merge(x.substring(i, i + 2), 1, Integer::sum);
        int shared = 0;
        for (int i = 0; i + 1 < y.length(); i++) {
            String p = y.substring(i, i + 2);
            Integer n = pairs.get(p);
            if (n != null && n > 0) {
                shared++;
                pairs.put(p, n - 1);
            }
        }
        return 2.0 * shared / ((x.length() - 1) + (y.length() - 1));
    }
}

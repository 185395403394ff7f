package org.policygraph.clean;

/** The value of a heading's or an item's Chinese numeral: 一 to 九十九 (十, 十一, 二十八). */
public final class ChineseNumber {
    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumber() {}

    /** The numeral's value, or -1 when it is none. */
    public static int parse(String numeral) {
        int ten = numeral.indexOf('十');
        if (ten < 0) return numeral.length() == 1 ? DIGITS.indexOf(numeral.charAt(0)) : -1;
        int tens = ten == 0 ? 1 : parse(numeral.substring(0, ten));
        int ones = ten == numeral.length() - 1 ? 0 : parse(numeral.substring(ten + 1));
        return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
    }
}

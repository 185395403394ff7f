package org.policygraph.read;

/** Numbers as Chinese numerals the way headings write them: 一, 十, 十一, 二十八, 一百零五. */
final class ChineseNumerals {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {}

    static String of(int n) {
        if (n <= 0 || n >= 1000) return Integer.toString(n);
        int hundreds = n / 100, tens = n / 10 % 10, ones = n % 10;
        StringBuilder s = new StringBuilder();
        if (hundreds > 0) s.append(DIGITS.charAt(hundreds)).append('百');
        if (tens > 0) {
            // 十一 alone, but 一百一十一 after hundreds
            if (tens > 1 || hundreds > 0) s.append(DIGITS.charAt(tens));
            s.append('十');
        } else if (hundreds > 0 && ones > 0) {
            s.append('零');
        }
        if (ones > 0) s.append(DIGITS.charAt(ones));
        return s.toString();
    }
}

package org.policygraph.recognise.hanlp;

import com.hankcs.hanlp.HanLP;
import java.util.Optional;

/**
 * A simplified-character copy of a report written in traditional characters, made with HanLP's
 * own conversion ({@code TraditionalChineseDictionary}), for the recognisers, whose rules,
 * gazetteer and dictionaries are simplified. The copy has the original's length, character for
 * character, so offsets found in it hold in the original: HanLP converts most characters one to
 * one, but a few words change length ({@code 筆記簿型電腦} → {@code 笔记本电脑}) and a few characters
 * change their UTF-16 length (a character outside the BMP for one inside it); a clause where that
 * happens is converted character by character instead, keeping those characters as written.
 */
public final class SimplifiedCopy {
    /** A text is traditional when the conversion changes this share of its Han characters, and at least {@link #MIN_CHANGED}. */
    private static final double TRADITIONAL_SHARE = 0.03;
    private static final int MIN_CHANGED = 5;
    /** Where a clause ends: conversions never reach across these. */
    private static final String BREAKS = "。，,、;；:：!！?？\n \t“”「」『』《》()（）";

    private SimplifiedCopy() {}

    /** The simplified copy, when the text is written in traditional characters; otherwise empty. */
    public static Optional<String> of(String text) {
        // one pass over the whole text tells most reports, which are simplified, apart cheaply
        String whole = HanLP.convertToSimplifiedChinese(text);
        if (whole.length() == text.length() && !isTraditional(text, whole)) return Optional.empty();
        StringBuilder copy = new StringBuilder(text.length());
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && BREAKS.indexOf(text.charAt(i)) < 0) continue;
            copy.append(convert(text.substring(from, i)));
            if (i < text.length()) copy.append(convert(String.valueOf(text.charAt(i))));
            from = i + 1;
        }
        return isTraditional(text, copy) ? Optional.of(copy.toString()) : Optional.empty();
    }

    private static boolean isTraditional(String text, CharSequence copy) {
        int changed = 0, han = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) han++;
            if (copy.charAt(i) != text.charAt(i)) changed++;
        }
        return changed >= MIN_CHANGED && changed >= TRADITIONAL_SHARE * han;
    }

    /** The clause simplified, of the same length. */
    private static String convert(String clause) {
        if (clause.isEmpty()) return clause;
        String whole = HanLP.convertToSimplifiedChinese(clause);
        if (whole.length() == clause.length()) return whole;
        StringBuilder out = new StringBuilder(clause.length());
        clause.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            String s = HanLP.convertToSimplifiedChinese(c);
            out.append(s.length() == c.length() ? s : c);
        });
        return out.toString();
    }
}

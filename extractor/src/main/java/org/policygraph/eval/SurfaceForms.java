package org.policygraph.eval;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** The comparison form of names and titles, as the evaluation defines it: NFKC, quotes, brackets and spaces removed. */
final class SurfaceForms {
    private static final Pattern DROPPED = Pattern.compile("[《》〈〉「」『』“”‘’\"'<> \\t\\r\\n\\u3000]");
    private static final Pattern NUMBERING = Pattern.compile(
            "^(第[0-9一二三四五六七八九十百]+项[:：]?|[(（][一二三四五六七八九十百0-9]+[)）]|[一二三四五六七八九十百]+[、.．]|"
                    + "[0-9]+\\s*[.．、]|第[一二三四五六七八九十]+[,，、]?|[一二三四五六七八九十]+是)");
    private static final Pattern TITLE_PUNCT = Pattern.compile("[,，。、:：;；!！?？()（）\\-—·•]");

    private SurfaceForms() {}

    static String norm(String s) {
        return DROPPED.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC)).replaceAll("");
    }

    /** A task title's first eight characters after numbering and punctuation: how tasks are matched. */
    static String titleKey(String title) {
        String s = norm(title);
        while (true) {
            var m = NUMBERING.matcher(s);
            if (!m.find() || m.group().isEmpty()) break;
            s = s.substring(m.end());
        }
        s = TITLE_PUNCT.matcher(s).replaceAll("");
        return s.length() > 8 ? s.substring(0, 8) : s;
    }
}

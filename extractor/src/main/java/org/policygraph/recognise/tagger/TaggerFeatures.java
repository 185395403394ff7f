package org.policygraph.recognise.tagger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.Mention;
import org.policygraph.recognise.Token;
import org.policygraph.recognise.rules.HeadWords;

/**
 * The feature strings of every character of one analysed report: a pure function of the text, its
 * two segmentations and the rules' candidate spans. Each string starts with its template's name,
 * so that a template is one family's switch (after HanLP's {@code NERInstance}, with named families).
 */
public final class TaggerFeatures {
    private static final Pattern NUMBERING = Pattern.compile(
            "^(第[0-9一二三四五六七八九十百]+[项条]?[:：、,，]?|[(（][0-9一二三四五六七八九十百]+[)）]|[一二三四五六七八九十百]+[、.．]|[0-9]+[.．、]|[一二三四五六七八九十]+是)");
    private static final HeadWordMatches.Heads HEADS = HeadWordMatches.Heads.of(headTypes());

    private final Set<FeatureFamily> families;
    private final String text;
    private final int[] word;
    private final int[] named;
    private final List<Token> tokens;
    private final List<Token> namedTokens;
    private final byte[] bracket;
    private final List<List<String>> ruleFeatures;
    private final List<List<String>> divisionFeatures;
    /** The head words of the text, by where they end. */
    private final HeadWordMatches heads;

    /**
     * @param candidates the rule recognisers' spans, before merging (each recogniser says what it saw)
     */
    public TaggerFeatures(Set<FeatureFamily> families, AnalysedText at, List<Mention> candidates) {
        this.families = families;
        this.text = at.text();
        this.tokens = at.tokens();
        this.namedTokens = at.namedTokens();
        this.word = cover(tokens, text.length());
        this.named = cover(namedTokens, text.length());
        this.bracket = brackets(text);
        this.ruleFeatures = families.contains(FeatureFamily.RULES) ? ruleFeatures(candidates, text.length()) : List.of();
        this.divisionFeatures = families.contains(FeatureFamily.DIVISIONS) ? divisionFeatures(text) : List.of();
        this.heads = families.contains(FeatureFamily.HEAD_WORDS) ? HeadWordMatches.in(HEADS, text) : null;
    }

    /** The feature strings of each character of the sequence, in order. */
    public List<List<String>> of(Sequence seq) {
        List<List<String>> out = new ArrayList<>(seq.length());
        int numberingEnd = numberingEnd(seq);
        for (int i = seq.start(); i < seq.end(); i++) {
            List<String> f = new ArrayList<>(48);
            if (families.contains(FeatureFamily.CHARACTERS)) characters(f, seq, i);
            if (families.contains(FeatureFamily.CHARACTER_CLASSES)) classes(f, seq, i);
            if (families.contains(FeatureFamily.WORDS)) words(f, i);
            if (families.contains(FeatureFamily.DIVISIONS)) f.addAll(divisionFeatures.get(i));
            if (families.contains(FeatureFamily.HANLP_NAMES)) names(f, i);
            if (families.contains(FeatureFamily.HEAD_WORDS)) {
                heads(f, seq, i);
                lookahead(f, seq, i);
            }
            if (families.contains(FeatureFamily.BRACKETS)) f.add("Q=" + bracket[i]);
            if (families.contains(FeatureFamily.NUMBERING)) numbering(f, seq, i, numberingEnd);
            if (families.contains(FeatureFamily.RULES)) f.addAll(ruleFeatures.get(i));
            out.add(f);
        }
        return out;
    }

    private char at(Sequence seq, int i) {
        return i < seq.start() ? '^' : i >= seq.end() ? '$' : text.charAt(i);
    }

    private void characters(List<String> f, Sequence seq, int i) {
        char a = at(seq, i - 2), b = at(seq, i - 1), c = text.charAt(i), d = at(seq, i + 1), e = at(seq, i + 2);
        f.add("C0=" + c);
        f.add("C-1=" + b);
        f.add("C1=" + d);
        f.add("C-2=" + a);
        f.add("C2=" + e);
        f.add("C-1C0=" + b + c);
        f.add("C0C1=" + c + d);
        f.add("C-2C-1=" + a + b);
        f.add("C1C2=" + d + e);
        f.add("C-1C1=" + b + d);
    }

    private void classes(List<String> f, Sequence seq, int i) {
        f.add("K=" + kind(at(seq, i - 1)) + kind(text.charAt(i)) + kind(at(seq, i + 1)));
    }

    private static char kind(char c) {
        if (c == '^' || c == '$') return c;
        if (c >= '0' && c <= '9') return 'd';
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') return 'l';
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) return "一二三四五六七八九十百千万亿".indexOf(c) >= 0 ? 'n' : 'h';
        return 'p';
    }

    private void words(List<String> f, int i) {
        int w = word[i];
        if (w < 0) {
            f.add("WP=none");
            return;
        }
        Token t = tokens.get(w);
        String pos = position(t, i);
        f.add("WP=" + pos);
        f.add("WPT=" + pos + t.pos());
        if (t.word().length() <= 6) f.add("W=" + t.word());
        f.add("WL=" + Math.min(t.word().length(), 5) + pos);
        String prev = w > 0 ? tokens.get(w - 1).pos() : "^", next = w + 1 < tokens.size() ? tokens.get(w + 1).pos() : "$";
        if (pos.equals("B") || pos.equals("S")) {
            f.add("PT=" + prev);
            if (w > 0 && tokens.get(w - 1).word().length() <= 4) f.add("PW=" + tokens.get(w - 1).word());
        }
        if (pos.equals("E") || pos.equals("S")) {
            f.add("NT=" + next);
            if (w + 1 < tokens.size() && tokens.get(w + 1).word().length() <= 4) f.add("NW=" + tokens.get(w + 1).word());
        }
    }


    private void names(List<String> f, int i) {
        int n = named[i];
        if (n < 0) return;
        Token t = namedTokens.get(n);
        String p = t.pos();
        if (p.startsWith("nr") || p.startsWith("ns") || p.startsWith("nt") || p.startsWith("nz")) {
            f.add("N=" + position(t, i) + p);
        }
    }

    private static String position(Token t, int i) {
        return position(t.start(), t.end(), i);
    }

    /** Where character {@code i} is in {@code [start, end)}: S (alone), B, M or E. */
    private static String position(int start, int end, int i) {
        if (end - start == 1) return "S";
        if (i == start) return "B";
        if (i == end - 1) return "E";
        return "M";
    }

    private void heads(List<String> f, Sequence seq, int i) {
        // a head word ending here, and one starting here (the name before it ends one character earlier)
        int[] lengths = heads.lengths();
        for (int k = 0; k < lengths.length; k++) {
            int len = lengths[k];
            if (i + 1 - len >= seq.start()) {
                EntityType t = heads.endingAt(k, i + 1);
                if (t != null) f.add("HE=" + t.ordinal() + "/" + Math.min(len, 4));
            }
            if (i + len <= seq.end()) {
                EntityType t = heads.endingAt(k, i + len);
                if (t != null) f.add("HB=" + t.ordinal() + "/" + Math.min(len, 4));
            }
        }
    }

    /**
     * The next head word ahead in the same phrase and how far (a name's type is said by its last
     * word, which a left-to-right tagger sees only here), and the last one behind.
     */
    private void lookahead(List<String> f, Sequence seq, int i) {
        for (int j = i; j < Math.min(seq.end(), i + 16); j++) {
            if (j > i && isBreak(text.charAt(j))) break;
            EntityType t = heads.longestEndingAt(j);
            if (t != null) {
                f.add("NH=" + t.ordinal() + "/" + bucket(j - i));
                break;
            }
        }
        for (int j = i - 1; j >= Math.max(seq.start(), i - 16); j--) {
            if (isBreak(text.charAt(j))) break;
            EntityType t = heads.longestEndingAt(j);
            if (t != null) {
                f.add("PH=" + t.ordinal() + "/" + bucket(i - j));
                break;
            }
        }
    }

    private static int bucket(int d) {
        return d < 4 ? d : d < 8 ? 4 : 8;
    }

    private static boolean isBreak(char c) {
        return "，。、；：！？（）()《》“”\",;:!?".indexOf(c) >= 0;
    }

    private int numberingEnd(Sequence seq) {
        if (!families.contains(FeatureFamily.NUMBERING)) return -1;
        Matcher m = NUMBERING.matcher(text).region(seq.start(), seq.end());
        return m.lookingAt() ? m.end() : -1;
    }

    private static void numbering(List<String> f, Sequence seq, int i, int numberingEnd) {
        int fromStart = i - seq.start();
        if (fromStart < 3) f.add("LS=" + fromStart);
        if (numberingEnd >= 0) {
            int after = i - numberingEnd;
            f.add(after < 0 ? "NUM=in" : after < 3 ? "NUM=" + after : "NUM=after");
        }
    }

    private static int[] cover(List<Token> tokens, int length) {
        int[] c = new int[length];
        java.util.Arrays.fill(c, -1);
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            for (int i = Math.max(0, t.start()); i < Math.min(length, t.end()); i++) c[i] = k;
        }
        return c;
    }

    /** 0 outside, 1 first character inside 《》, 2 inside, 3 last inside; 4–6 the same inside quotation marks. */
    private static byte[] brackets(String text) {
        byte[] b = new byte[text.length()];
        markBetween(text, b, '《', '》', 0);
        markBetween(text, b, '“', '”', 3);
        return b;
    }

    private static void markBetween(String text, byte[] b, char open, char close, int base) {
        int from = 0;
        while (true) {
            int o = text.indexOf(open, from);
            if (o < 0) return;
            int c = text.indexOf(close, o + 1);
            int nl = text.indexOf('\n', o + 1);
            if (c < 0) return;
            if ((nl < 0 || c < nl) && c - o <= 60) {
                for (int i = o + 1; i < c; i++) if (b[i] == 0) b[i] = (byte) (base + (i == o + 1 ? 1 : i == c - 1 ? 3 : 2));
            }
            from = c + 1;
        }
    }

    private static List<List<String>> divisionFeatures(String text) {
        List<List<String>> out = emptyRows(text.length());
        for (Divisions.Match m : Divisions.in(text)) {
            for (int i = m.start(); i < m.end(); i++) {
                // a division's name has two characters or more: never S
                addOnce(out.get(i), "DV=" + position(m.start(), m.end(), i) + m.level() + (m.isShort() ? "s" : ""));
            }
        }
        return out;
    }

    private static List<List<String>> ruleFeatures(List<Mention> candidates, int length) {
        List<List<String>> out = emptyRows(length);
        for (Mention m : candidates) {
            for (int i = Math.max(0, m.start()); i < Math.min(length, m.end()); i++) {
                String pos = position(m.start(), m.end(), i);
                addOnce(out.get(i), "R=" + m.recogniser() + "/" + m.type().ordinal() + pos);
                addOnce(out.get(i), "RA=" + m.type().ordinal() + pos);
            }
        }
        return out;
    }

    /** One empty feature list per character, for the families that mark spans. */
    private static List<List<String>> emptyRows(int length) {
        List<List<String>> out = new ArrayList<>(length);
        for (int i = 0; i < length; i++) out.add(new ArrayList<>(2));
        return out;
    }

    /** Overlapping spans of one kind say the same thing once. */
    private static void addOnce(List<String> row, String feature) {
        if (!row.contains(feature)) row.add(feature);
    }

    private static Map<String, EntityType> headTypes() {
        Map<String, EntityType> m = new HashMap<>();
        for (HeadWords.Head h : HeadWords.forTitles().heads()) m.putIfAbsent(h.word(), h.type());
        return m;
    }
}

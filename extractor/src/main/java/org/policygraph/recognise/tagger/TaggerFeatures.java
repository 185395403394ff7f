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
 * The features of every character of one analysed report: a pure function of the text, its
 * two segmentations and the rules' candidate spans. Each feature starts with its template's name,
 * so that a template is one family's switch (after HanLP's {@code NERInstance}, with named families).
 * The templates write to a {@link FeatureWriter}: as strings for training, as the model's ids for
 * recognition, which so builds no string.
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
    /** The rules' candidates and the divisions' names covering each character, or null without their family. */
    private final CoveringSpans<Mention> candidates;
    private final CoveringSpans<Divisions.Match> divisions;
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
        this.candidates = families.contains(FeatureFamily.RULES)
                ? CoveringSpans.of(candidates, Mention::start, Mention::end, text.length()) : null;
        this.divisions = families.contains(FeatureFamily.DIVISIONS)
                ? CoveringSpans.of(Divisions.in(text), Divisions.Match::start, Divisions.Match::end, text.length()) : null;
        this.heads = families.contains(FeatureFamily.HEAD_WORDS) ? HeadWordMatches.in(HEADS, text) : null;
    }

    /** The feature strings of each character of the sequence, in order: what training looks up in its feature map. */
    public List<List<String>> of(Sequence seq) {
        return rows(seq, new FeatureStringWriter());
    }

    /**
     * The model's ids of the same features, in the same order (the order the decoder sums their
     * weights in), those the model lacks left out: {@link #of} looked up, without the strings.
     */
    int[][] ids(Sequence seq, FeatureIds ids) {
        return rows(seq, new FeatureIdWriter(ids)).toArray(new int[0][]);
    }

    private <R> List<R> rows(Sequence seq, FeatureWriter<R> f) {
        List<R> out = new ArrayList<>(seq.length());
        int numberingEnd = numberingEnd(seq);
        for (int i = seq.start(); i < seq.end(); i++) {
            if (families.contains(FeatureFamily.CHARACTERS)) characters(f, seq, i);
            if (families.contains(FeatureFamily.CHARACTER_CLASSES)) classes(f, seq, i);
            if (families.contains(FeatureFamily.WORDS)) words(f, i);
            if (families.contains(FeatureFamily.DIVISIONS)) divisions(f, i);
            if (families.contains(FeatureFamily.HANLP_NAMES)) names(f, i);
            if (families.contains(FeatureFamily.HEAD_WORDS)) {
                heads(f, seq, i);
                lookahead(f, seq, i);
            }
            if (families.contains(FeatureFamily.BRACKETS)) f.begin("Q=").append((int) bracket[i]).end();
            if (families.contains(FeatureFamily.NUMBERING)) numbering(f, seq, i, numberingEnd);
            if (families.contains(FeatureFamily.RULES)) rules(f, i);
            out.add(f.finishRow());
        }
        return out;
    }

    private char at(Sequence seq, int i) {
        return i < seq.start() ? '^' : i >= seq.end() ? '$' : text.charAt(i);
    }

    private void characters(FeatureWriter<?> f, Sequence seq, int i) {
        char a = at(seq, i - 2), b = at(seq, i - 1), c = text.charAt(i), d = at(seq, i + 1), e = at(seq, i + 2);
        f.begin("C0=").append(c).end();
        f.begin("C-1=").append(b).end();
        f.begin("C1=").append(d).end();
        f.begin("C-2=").append(a).end();
        f.begin("C2=").append(e).end();
        f.begin("C-1C0=").append(b).append(c).end();
        f.begin("C0C1=").append(c).append(d).end();
        f.begin("C-2C-1=").append(a).append(b).end();
        f.begin("C1C2=").append(d).append(e).end();
        f.begin("C-1C1=").append(b).append(d).end();
    }

    private void classes(FeatureWriter<?> f, Sequence seq, int i) {
        f.begin("K=").append(kind(at(seq, i - 1))).append(kind(text.charAt(i))).append(kind(at(seq, i + 1))).end();
    }

    private static char kind(char c) {
        if (c == '^' || c == '$') return c;
        if (c >= '0' && c <= '9') return 'd';
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') return 'l';
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) return "一二三四五六七八九十百千万亿".indexOf(c) >= 0 ? 'n' : 'h';
        return 'p';
    }

    private void words(FeatureWriter<?> f, int i) {
        int w = word[i];
        if (w < 0) {
            f.begin("WP=none").end();
            return;
        }
        Token t = tokens.get(w);
        String pos = position(t, i);
        f.begin("WP=").append(pos).end();
        f.begin("WPT=").append(pos).append(t.pos()).end();
        if (t.word().length() <= 6) f.begin("W=").append(t.word()).end();
        f.begin("WL=").append(Math.min(t.word().length(), 5)).append(pos).end();
        String prev = w > 0 ? tokens.get(w - 1).pos() : "^", next = w + 1 < tokens.size() ? tokens.get(w + 1).pos() : "$";
        if (pos.equals("B") || pos.equals("S")) {
            f.begin("PT=").append(prev).end();
            if (w > 0 && tokens.get(w - 1).word().length() <= 4) f.begin("PW=").append(tokens.get(w - 1).word()).end();
        }
        if (pos.equals("E") || pos.equals("S")) {
            f.begin("NT=").append(next).end();
            if (w + 1 < tokens.size() && tokens.get(w + 1).word().length() <= 4) f.begin("NW=").append(tokens.get(w + 1).word()).end();
        }
    }

    private void divisions(FeatureWriter<?> f, int i) {
        for (Divisions.Match m : divisions.at(i)) {
            // a division's name has two characters or more: never S
            f.begin("DV=").append(position(m.start(), m.end(), i)).append(m.level()).append(m.isShort() ? "s" : "").endOnce();
        }
    }

    private void names(FeatureWriter<?> f, int i) {
        int n = named[i];
        if (n < 0) return;
        Token t = namedTokens.get(n);
        String p = t.pos();
        if (p.startsWith("nr") || p.startsWith("ns") || p.startsWith("nt") || p.startsWith("nz")) {
            f.begin("N=").append(position(t, i)).append(p).end();
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

    private void heads(FeatureWriter<?> f, Sequence seq, int i) {
        // a head word ending here, and one starting here (the name before it ends one character earlier)
        int[] lengths = heads.lengths();
        for (int k = 0; k < lengths.length; k++) {
            int len = lengths[k];
            if (i + 1 - len >= seq.start()) {
                EntityType t = heads.endingAt(k, i + 1);
                if (t != null) f.begin("HE=").append(t.ordinal()).append('/').append(Math.min(len, 4)).end();
            }
            if (i + len <= seq.end()) {
                EntityType t = heads.endingAt(k, i + len);
                if (t != null) f.begin("HB=").append(t.ordinal()).append('/').append(Math.min(len, 4)).end();
            }
        }
    }

    /**
     * The next head word ahead in the same phrase and how far (a name's type is said by its last
     * word, which a left-to-right tagger sees only here), and the last one behind.
     */
    private void lookahead(FeatureWriter<?> f, Sequence seq, int i) {
        for (int j = i; j < Math.min(seq.end(), i + 16); j++) {
            if (j > i && isBreak(text.charAt(j))) break;
            EntityType t = heads.longestEndingAt(j);
            if (t != null) {
                f.begin("NH=").append(t.ordinal()).append('/').append(bucket(j - i)).end();
                break;
            }
        }
        for (int j = i - 1; j >= Math.max(seq.start(), i - 16); j--) {
            if (isBreak(text.charAt(j))) break;
            EntityType t = heads.longestEndingAt(j);
            if (t != null) {
                f.begin("PH=").append(t.ordinal()).append('/').append(bucket(i - j)).end();
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

    private static void numbering(FeatureWriter<?> f, Sequence seq, int i, int numberingEnd) {
        int fromStart = i - seq.start();
        if (fromStart < 3) f.begin("LS=").append(fromStart).end();
        if (numberingEnd >= 0) {
            int after = i - numberingEnd;
            f.begin("NUM=");
            if (after < 0) f.append("in");
            else if (after < 3) f.append(after);
            else f.append("after");
            f.end();
        }
    }

    private void rules(FeatureWriter<?> f, int i) {
        for (Mention m : candidates.at(i)) {
            String pos = position(m.start(), m.end(), i);
            f.begin("R=").append(m.recogniser()).append('/').append(m.type().ordinal()).append(pos).endOnce();
            f.begin("RA=").append(m.type().ordinal()).append(pos).endOnce();
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

    private static Map<String, EntityType> headTypes() {
        Map<String, EntityType> m = new HashMap<>();
        for (HeadWords.Head h : HeadWords.forTitles().heads()) m.putIfAbsent(h.word(), h.type());
        return m;
    }
}

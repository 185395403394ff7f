package org.policygraph.recognise.rules;

import java.util.List;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.Token;

/**
 * Finds where a name that ends at a given head word begins: walks left over the tokens that can
 * be part of a Chinese name (nouns, place and organisation names, verbal nouns, adjectives,
 * letters, years, quoted words, {@code •}/{@code -} joints) and stops at verbs, prepositions,
 * conjunctions, punctuation and pronouns; then drops leading determiners ({@code 各}, {@code 相关}).
 */
public final class NameSpan {
    static final int MAX_NAME = 32;

    private NameSpan() {}

    /** The start offset of the name whose head starts inside token {@code headToken}. */
    public static int startOf(AnalysedText at, int headToken, int end) {
        List<Token> tokens = at.tokens();
        int start = tokens.get(headToken).start();
        int j = headToken - 1;
        while (j >= 0) {
            Token t = tokens.get(j);
            if (end - t.start() > MAX_NAME) break;
            if (isQuoteClose(t.word()) && j > 0) {
                int open = openingQuote(tokens, j);
                if (open < 0) break;
                start = tokens.get(open).start();
                j = open - 1;
                continue;
            }
            if (isJoint(t.word()) && j > 0 && isNameLike(tokens.get(j - 1), true)) {
                start = t.start();
                j--;
                continue;
            }
            if (!isNameLike(t, j == 0 || !isNameLike(tokens.get(j - 1), false))) break;
            start = t.start();
            j--;
        }
        // drop determiners and function words the walk took in at the front
        int k = at.tokenStartingAt(start);
        while (k >= 0 && k < headToken && tokens.get(k).end() <= end && isDroppableLead(tokens.get(k))) {
            start = tokens.get(k + 1).start();
            k++;
        }
        return start;
    }

    private static int openingQuote(List<Token> tokens, int close) {
        for (int j = close - 1; j >= 0 && close - j <= 8; j--) {
            String w = tokens.get(j).word();
            if (w.equals("“") || w.equals("\"") || w.equals("‘") || w.equals("「")) return j;
            if (tokens.get(j).posStartsWith("w") && !w.equals("-") && !w.equals("·") && !w.equals("•")) return -1;
        }
        return -1;
    }

    private static boolean isQuoteClose(String w) {
        return w.equals("”") || w.equals("’") || w.equals("」");
    }

    private static boolean isJoint(String w) {
        return w.equals("•") || w.equals("·") || w.equals("-") || w.equals("—") || w.equals("－");
    }

    /**
     * Whether the token can sit inside a name. Years ({@code 2020}) only lead a name; a verb can
     * sit inside one only when a name-like word stands before it (促进科技成果转化条例 stays whole
     * inside 北京市促进科技成果转化条例, while 推动/支持 at the front stop the walk).
     */
    static boolean isNameLike(Token t, boolean atFront) {
        String pos = t.pos();
        String w = t.word();
        if (pos == null || pos.isEmpty()) return false;
        if (GenericWords.isDeterminer(w)) return false;
        char p = pos.charAt(0);
        switch (p) {
            case 'n':
                return !pos.equals("nx") || w.chars().allMatch(Character::isLetterOrDigit);
            case 'j': case 'g': case 'b': case 'h': case 'k': case 'x':
                return true;
            case 'a':
                return w.length() >= 2;
            case 'v':
                return pos.equals("vn") || pos.equals("vi") && !atFront;
            case 'm':
                return w.matches("(19|20)[0-9]{2}年?") || w.matches("[0-9]+[+][0-9A-Z]*");
            case 't':
                return w.matches("(19|20)[0-9]{2}年");
            default:
                return false;
        }
    }

    private static boolean isDroppableLead(Token t) {
        return GenericWords.isDeterminer(t.word()) || t.posStartsWith("w") || t.posStartsWith("m") && !t.word().matches("(19|20)[0-9]{2}年?");
    }
}

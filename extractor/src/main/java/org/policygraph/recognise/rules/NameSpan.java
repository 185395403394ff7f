package org.policygraph.recognise.rules;

import java.util.List;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.Token;

/**
 * Finds where a name that ends at a given head word begins: walks left over the tokens that can
 * be part of a Chinese name (nouns, place and organisation names, verbal nouns, adjectives,
 * letters, years, ordinals, quoted words, {@code •}/{@code -} joints, an inner 与) and stops at
 * verbs, prepositions, conjunctions, punctuation and pronouns; then drops what may not open a
 * name: determiners ({@code 各}, {@code 相关}), action words ({@code 研究编制}), adjectives.
 */
public final class NameSpan {
    static final int MAX_NAME = 32;

    private NameSpan() {}

    /**
     * The start offset of the name whose head starts inside token {@code headToken} and which ends
     * at {@code end}. {@code dated} lets a year or ordinal open the name (2020年…大赛, 第二十次…会);
     * {@code andAllowed} lets 与 join two halves of the name (not for bodies and places, which are
     * listed with 与); {@code verbsInside} lets verbs that live in names (改革, 转化) sit inside it.
     */
    public static int startOf(AnalysedText at, int headToken, int end, boolean dated, boolean andAllowed, boolean verbsInside) {
        List<Token> tokens = at.tokens();
        int first = headToken;
        int j = headToken - 1;
        while (j >= 0) {
            Token t = tokens.get(j);
            if (end - t.start() > MAX_NAME) break;
            String w = t.word();
            if (isQuoteClose(w)) {
                int open = openingQuote(tokens, j);
                if (open < 0) break;
                first = open;
                j = open - 1;
                continue;
            }
            if ((isJoint(w) || isInnerAnd(w) && andAllowed) && j > 0 && isNameLike(tokens.get(j - 1), verbsInside)
                    && isNameLike(tokens.get(j + 1), verbsInside)
                    && !endsWithOrganisationHead(tokens.get(j - 1).word()) && !(isInnerAnd(w) && isCoordinatedKind(tokens.get(j - 1)))) {
                first = j;
                j--;
                continue;
            }
            if (dated && isOrdinalOrYear(tokens, j)) {
                first = ordinalStart(tokens, j);
                j = first - 1;
                continue;
            }
            if (w.equals(")") && j >= 2 && tokens.get(j - 2).word().equals("(") && tokens.get(j - 1).posStartsWith("ns")) {
                first = j - 2; // 中国(北京)知识产权保护中心
                j -= 3;
                continue;
            }
            if (!isNameLike(t, verbsInside)) {
                int oov = unknownWordStart(tokens, j);
                if (oov < 0) break;
                first = oov;
                break;
            }
            first = j;
            j--;
        }
        // drop what may not open a name, but never the head itself
        while (first < headToken && mayNotOpenName(tokens.get(first))) first++;
        return tokens.get(first).start();
    }

    /** Characters that are words of their own, never pieces of an unknown name. */
    private static final String FUNCTION_CHARS = "的了在对与和及等为把被将是就也都又还从向以于由其各该本每这那个之所且并或而但已再很更最暨";

    static boolean isFunctionChar(char c) {
        return FUNCTION_CHARS.indexOf(c) >= 0;
    }

    /**
     * An unknown name falls apart into single characters with arbitrary tags (广/a 联/vg 达/v):
     * a run of two to four such characters, after punctuation or a clause word, is taken whole.
     * Returns the run's first token, or -1.
     */
    private static int unknownWordStart(List<Token> tokens, int j) {
        int k = j;
        while (k >= 0 && j - k < 4 && tokens.get(k).word().length() == 1 && !tokens.get(k).posStartsWith("w")
                && FUNCTION_CHARS.indexOf(tokens.get(k).word().charAt(0)) < 0 && !tokens.get(k).posStartsWith("m")) {
            k--;
        }
        int run = j - k;
        if (run < 2) return -1;
        boolean bounded = k < 0 || tokens.get(k).posStartsWith("w") || FUNCTION_CHARS.indexOf(tokens.get(k).word().charAt(0)) >= 0
                || tokens.get(k).word().length() > 1 && (tokens.get(k).posStartsWith("v") || tokens.get(k).posStartsWith("p")
                || VerbLexicon.opensClause(tokens.get(k).word()));
        return bounded ? k + 1 : -1;
    }

    private static boolean isOrdinalOrYear(List<Token> tokens, int j) {
        String w = tokens.get(j).word();
        if (w.equals("年") || w.equals("次") || w.equals("届")) {
            return j > 0 && (tokens.get(j - 1).word().matches("(19|20)[0-9]{2}") && w.equals("年")
                    || tokens.get(j - 1).word().matches("第?[一二三四五六七八九十百0-9]+") && !w.equals("年"));
        }
        return w.matches("(19|20)[0-9]{2}年?|第[一二三四五六七八九十百0-9]+[次届]?");
    }

    private static int ordinalStart(List<Token> tokens, int j) {
        String w = tokens.get(j).word();
        if ((w.equals("年") || w.equals("次") || w.equals("届")) && j > 0) {
            int k = j - 1;
            if (tokens.get(k).word().matches("[一二三四五六七八九十百0-9]+") && k > 0 && tokens.get(k - 1).word().equals("第")) k--;
            return k;
        }
        return j;
    }

    private static int openingQuote(List<Token> tokens, int close) {
        for (int j = close - 1; j >= 0 && close - j <= 8; j--) {
            String w = tokens.get(j).word();
            if (w.equals("“") || w.equals("\"") || w.equals("‘") || w.equals("「")) return j;
            if (tokens.get(j).posStartsWith("w") && !isJoint(w)) return -1;
        }
        return -1;
    }

    private static boolean isQuoteClose(String w) {
        return w.equals("”") || w.equals("’") || w.equals("」");
    }

    private static boolean isJoint(String w) {
        return w.equals("•") || w.equals("·") || w.equals("-") || w.equals("－") || w.equals("+");
    }

    /** 与 joins two halves of one name (北京脑科学与类脑研究中心) when the left half is not a body of its own. */
    private static boolean isInnerAnd(String w) {
        return w.equals("与") || w.equals("暨");
    }

    /** 河北与雄安新区, 企业与高校: 与 between a place or a kind of thing lists two things. */
    private static boolean isCoordinatedKind(Token left) {
        return left.posStartsWith("ns") || left.posStartsWith("nr")
                || java.util.Set.of("问题", "企业", "部门", "单位", "机构", "高校", "院所", "高校院所", "园区", "政府", "社区",
                        "企业家", "专家", "人才", "科研院所").contains(left.word());
    }

    private static boolean endsWithOrganisationHead(String w) {
        return w.length() >= 2 && "学司团院所会府局部园心室区委办校城".indexOf(w.charAt(w.length() - 1)) >= 0;
    }

    /** Whether the token is a proper name: a place, person or organisation name, or an abbreviation. */
    static boolean isProperName(Token t) {
        String pos = t.pos();
        return pos.startsWith("ns") || pos.startsWith("nr") || pos.startsWith("nt") || pos.equals("nz") || pos.equals("j")
                || t.word().equals("“");
    }

    /** Whether the token is a proper name or names something specific: a place, organisation, letters, a year. */
    static boolean isSpecific(Token t) {
        String pos = t.pos();
        String w = t.word();
        return pos.startsWith("ns") || pos.startsWith("nr") || pos.startsWith("nt") || pos.equals("nz") || pos.equals("nx")
                || pos.equals("j") || w.matches(".*[A-Za-z0-9].*") || w.equals("“");
    }

    /** Whether the token can sit inside a name. */
    static boolean isNameLike(Token t) {
        return isNameLike(t, true);
    }

    static boolean isNameLike(Token t, boolean verbsInside) {
        String pos = t.pos();
        String w = t.word();
        if (pos == null || pos.isEmpty()) return false;
        if (GenericWords.isDeterminer(w) || VerbLexicon.breaksName(w)) return false;
        if (w.length() == 1 && "报向经由给让请交".indexOf(w.charAt(0)) >= 0) return false; // 形成报告报市政府: 报 is "submit to"
        switch (pos.charAt(0)) {
            case 'n':
                return !pos.equals("nx") || w.chars().allMatch(Character::isLetterOrDigit);
            case 'j': case 'g': case 'b': case 'h': case 'k':
                return true;
            case 's':
                return w.length() >= 2;
            case 'x':
                return w.chars().allMatch(Character::isLetterOrDigit);
            case 'a':
                return w.length() >= 2;
            case 'v':
                if (!verbsInside) {
                    return pos.equals("vn") && !VerbLexicon.breaksName(w) && !VerbLexicon.actsOnPlaces(w) || VerbLexicon.readsAsNoun(w);
                }
                return pos.equals("vn") || VerbLexicon.livesInNames(w) || pos.equals("vi") && w.length() >= 2 && !VerbLexicon.opensClause(w);
            case 'm':
                return w.matches("[0-9]+[A-Za-z]+|[A-Za-z]+[0-9]*|[0-9]+\\+[0-9A-Za-z]*|[0-9]")
                        || w.matches("[0-9]+") && t.end() - t.start() <= 2;
            case 'q':
                return w.equals("周年");
            default:
                return false;
        }
    }

    private static boolean mayNotOpenName(Token t) {
        String w = t.word();
        if (w.length() == 1 && "委报办局部处司厅".indexOf(w.charAt(0)) >= 0) return true; // the tail of a body named before: 市委|市政府
        String pos = t.pos();
        return GenericWords.isDeterminer(w) || VerbLexicon.opensClause(w) || pos.startsWith("w") && !w.equals("“")
                || pos.startsWith("v") && !pos.equals("vn") || pos.equals("a") || pos.equals("ad") || pos.startsWith("u")
                || pos.startsWith("p") || pos.startsWith("c") || pos.startsWith("d") || pos.startsWith("r")
                || isInnerAnd(w) || isJoint(w);
    }
}

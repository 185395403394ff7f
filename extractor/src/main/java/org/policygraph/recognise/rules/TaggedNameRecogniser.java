package org.policygraph.recognise.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.Mention;
import org.policygraph.recognise.Recogniser;
import org.policygraph.recognise.Token;

/**
 * HanLP's own place ({@code ns}), organisation ({@code nt}) and person ({@code nr}) tags as
 * candidates, never trusted alone: an organisation needs a head word that gives its type, a
 * place must not be a generic word, and a person must stand next to a title ({@code 书记},
 * {@code 主任}…) or an honorific, which is how reports name people.
 */
public final class TaggedNameRecogniser implements Recogniser {
    private static final Set<String> TITLES = Set.of(
            "书记", "副书记", "主任", "副主任", "市长", "副市长", "区长", "副区长", "省长", "副省长", "总书记", "主席", "副主席",
            "部长", "副部长", "局长", "副局长", "院长", "副院长", "校长", "院士", "教授", "博士", "总理", "副总理", "委员", "同志",
            "董事长", "总经理", "总裁", "首席科学家", "研究员", "理事长", "秘书长", "处长", "巡视员", "主委");
    private static final Set<String> NOT_PLACES = Set.of("中关村", "国内", "国外", "境内", "境外", "海外", "全球", "各地", "当地", "本地", "异地", "全市", "全国");

    private final HeadWords heads = HeadWords.forRunningText();

    @Override
    public String name() {
        return "hanlp-tag";
    }

    @Override
    public List<Mention> recognise(AnalysedText at) {
        List<Mention> out = new ArrayList<>();
        List<Token> tokens = at.namedTokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String pos = t.pos();
            if (pos.startsWith("nr") && isPerson(tokens, i)) {
                out.add(new Mention(t.start(), t.end(), t.word(), EntityType.PERSON, 0.6, name()));
            } else if (pos.equals("ns") && t.word().length() >= 2 && !NOT_PLACES.contains(t.word()) && opensWell(at, t)
                    && endsLikePlace(t.word())) {
                Optional<HeadWords.Head> h = heads.headOf(t.word());
                EntityType type = h.map(HeadWords.Head::type).filter(x -> x == EntityType.PARK).orElse(EntityType.PLACE);
                out.add(new Mention(t.start(), t.end(), t.word(), type, 0.5, name()));
            } else if (pos.startsWith("nt") && t.word().length() >= 3) {
                int start = trimmedStart(at, t);
                String name = at.text().substring(start, t.end());
                if (!holdsOnlyNameWords(at, start, t.end())) continue;
                heads.headOf(name)
                        .filter(h -> name.length() - h.word().length() >= h.minModifier())
                        .filter(h -> SuffixNameRecogniser.hasRealModifier(at, start, t.end() - h.word().length(), h.minModifier()))
                        .filter(h -> !h.needsSpecific() || SuffixNameRecogniser.hasSpecificWord(at, start, t.end() - h.word().length()))
                        .ifPresent(h -> out.add(new Mention(start, t.end(), name, h.type(), 0.55, name())));
            }
        }
        return out;
    }

    /** HanLP joins whole clauses into one organisation (经济技术开发区规划已经市政府): no adverb, preposition or verb inside. */
    private static boolean holdsOnlyNameWords(AnalysedText at, int start, int end) {
        for (Token w : at.tokensIn(start, end)) {
            String pos = w.pos();
            if (VerbLexicon.breaksName(w.word()) || GenericWords.isDeterminer(w.word())) return false;
            if (pos.startsWith("d") || pos.startsWith("p") || pos.startsWith("u") || pos.startsWith("c") || pos.startsWith("w")
                    || pos.startsWith("v") && !pos.equals("vn") && !VerbLexicon.livesInNames(w.word()) && w.word().length() > 1) {
                return false;
            }
        }
        return true;
    }

    /** HanLP tags many words as places; a place name ends in an administrative unit (区, 县, 镇, 村…) or is in the gazetteer. */
    private static boolean endsLikePlace(String w) {
        // 报市 (submit to the city), 本区: one character before 市 or 区 is a word, not a city's name
        if (w.length() == 2 && "市区".indexOf(w.charAt(1)) >= 0) return false; // 沛县 and 萧县 are counties
        return "省市区县镇乡村州盟旗岛湾国".indexOf(w.charAt(w.length() - 1)) >= 0 && !w.endsWith("城市") && !w.endsWith("城区");
    }

    /** HanLP's organisation tokens often take in the verb or preposition before them (会同人才局, 对清华大学). */
    private static int trimmedStart(AnalysedText at, Token named) {
        int k = at.tokenAt(named.start());
        while (k >= 0 && k < at.tokens().size() && at.tokens().get(k).end() < named.end()) {
            Token w = at.tokens().get(k);
            String pos = w.pos();
            boolean drop = pos.startsWith("p") || pos.startsWith("u") || pos.startsWith("c") || pos.startsWith("d")
                    || pos.startsWith("r") || pos.startsWith("w") || pos.startsWith("v") && !pos.equals("vn") || pos.startsWith("m");
            if (!drop) break;
            k++;
        }
        int start = k >= 0 && k < at.tokens().size() ? Math.max(named.start(), at.tokens().get(k).start()) : named.start();
        // a clause word right before a proper name inside the token: 计划指导|中关村社会组织联合会
        for (int j = at.tokenAt(start); j >= 0 && j + 1 < at.tokens().size() && at.tokens().get(j + 1).end() <= named.end(); j++) {
            Token w = at.tokens().get(j), next = at.tokens().get(j + 1);
            if (VerbLexicon.opensClause(w.word()) && NameSpan.isProperName(next)) start = next.start();
        }
        return start;
    }

    /** A recognised place must not start with a function word or number (向市, 的城市, 一区). */
    private static boolean opensWell(AnalysedText at, Token t) {
        int k = at.tokenAt(t.start());
        if (k < 0) return false;
        Token first = at.tokens().get(k);
        String pos = first.pos();
        if (first.start() != t.start()) return false;
        return !(pos.startsWith("p") || pos.startsWith("u") || pos.startsWith("c") || pos.startsWith("v") || pos.startsWith("d")
                || pos.startsWith("r") || pos.startsWith("m") || pos.startsWith("q") || pos.startsWith("f"))
                && "一二三四五六七八九十各该本其".indexOf(t.word().charAt(0)) < 0;
    }

    private static boolean isPerson(List<Token> tokens, int i) {
        String w = tokens.get(i).word();
        if (w.length() < 2 || w.length() > 4) return false;
        boolean titleBefore = i > 0 && TITLES.contains(tokens.get(i - 1).word());
        boolean titleAfter = i + 1 < tokens.size() && TITLES.contains(tokens.get(i + 1).word());
        return titleBefore || titleAfter;
    }
}

package org.policygraph.recognise.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.Mention;
import org.policygraph.recognise.Recogniser;
import org.policygraph.recognise.Token;

/**
 * Names in running text found by their head word: wherever a token ends with a head of
 * {@link HeadWords} ({@code …科学城}, {@code …研究院}, {@code …条例}), the name is extended left
 * over name-like tokens ({@link NameSpan}); a modifier that is only generic words is no name.
 */
public final class SuffixNameRecogniser implements Recogniser {
    private final HeadWords heads;
    // the heads by their last character, each list in the heads' order: a token is tried only against heads it can end with
    private final Map<Character, List<HeadWords.Head>> headsByLastChar = new HashMap<>();

    public SuffixNameRecogniser(HeadWords heads) {
        this.heads = heads;
        for (HeadWords.Head h : heads.heads()) {
            headsByLastChar.computeIfAbsent(h.word().charAt(h.word().length() - 1), c -> new ArrayList<>()).add(h);
        }
    }

    @Override
    public String name() {
        return "suffix";
    }

    @Override
    public List<Mention> recognise(AnalysedText at) {
        List<Mention> out = new ArrayList<>();
        String text = at.text();
        List<Token> tokens = at.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.posStartsWith("w")) continue;
            int end = t.end();
            for (HeadWords.Head h : headsByLastChar.getOrDefault(text.charAt(end - 1), List.of())) {
                int headStart = end - h.word().length();
                if (headStart < 0 || !text.startsWith(h.word(), headStart)) continue;
                int headToken = at.tokenAt(headStart);
                if (headToken < 0 || !headFitsToken(tokens.get(headToken), headStart, h, i == headToken)) continue;
                if (GenericWords.isCommonWordWithHead(text.substring(Math.max(0, headStart - 1), end))
                        || GenericWords.isCommonWordWithHead(tokens.get(i).word())) continue;
                int start = NameSpan.startOf(at, headToken, end,
                        // a year dates an event or a document (2020年中关村5G创新应用大赛), but only the round of a
                        // funding programme (2020国际创新资源支持资金项目)
                        h.type() == EntityType.EVENT || h.type() == EntityType.POLICY,
                        h.type() != EntityType.GOVERNMENT_BODY && h.type() != EntityType.PLACE,
                        verbsMayLiveIn(h));
                if (start >= headStart) continue;
                if (h.word().contains("小组") || h.word().equals("会议")) start = withLeadingVerb(at, start);
                if (h.word().equals("活动") && heads.headOf(text.substring(start, headStart)).map(x -> x.type() == EntityType.EVENT).orElse(false)) {
                    continue; // 北京科技周活动: the event is 北京科技周
                }
                String name = text.substring(start, end);
                if (GenericWords.isPairOfBodies(name)) continue;
                // 博客雅苑社区 is the estate's community: the estate is the name; 开发区地区 is no new place
                if (h.type() == EntityType.PLACE && (h.word().equals("社区") || h.word().equals("地区"))
                        && "区苑园".indexOf(text.charAt(headStart - 1)) >= 0) continue;
                if (!hasRealModifier(at, start, headStart, h.minModifier())) continue;
                // without a governing verb (实施…工程) only a long name says it is one programme, not a kind of works
                boolean programme = isNamedProgramme(at, start, headStart, h, MIN_UNGOVERNED_PROGRAMME);
                if (h.needsSpecific() && !programme && !hasSpecificWord(at, start, headStart)) continue;
                if (isKindOfEvent(at, start, headStart, h)) continue;
                if (h.word().equals("司") && !isDepartmentOfMinistry(text.substring(start, headStart))) continue;
                // 平台 and 项目 name kinds of work unless a proper name says whose
                if (h.type() == EntityType.PROJECT && !programme && !hasProperName(at, start, headStart)) continue;
                out.add(new Mention(start, end, name, h.type(), 0.7, name()));
                break;
            }
        }
        return out;
    }

    /** Working groups and their meetings are named for their mission: 推进雄安新区中关村科技园建设发展领导小组. */
    private static int withLeadingVerb(AnalysedText at, int start) {
        int k = at.tokenStartingAt(start);
        if (k > 0) {
            String before = at.tokens().get(k - 1).word();
            if (before.equals("推进") || before.equals("促进") || before.equals("推动")) return at.tokens().get(k - 1).start();
        }
        return start;
    }

    /** Programmes, documents, events and working groups hold verbs (体制改革领导小组); parks, places and firms do not. */
    private static boolean verbsMayLiveIn(HeadWords.Head h) {
        return switch (h.type()) {
            case POLICY, PROJECT, EVENT, RESEARCH_INSTITUTION -> true;
            case GOVERNMENT_BODY -> h.word().contains("小组") || h.word().equals("办公室");
            default -> false;
        };
    }

    /**
     * A head inside a longer word is taken only when that word is a name word itself:
     * 布局 does not end in the head 局, while 财政部 (tagged nt) ends in 部.
     */
    private static boolean headFitsToken(Token tok, int headStart, HeadWords.Head h, boolean sameToken) {
        if (!sameToken) return true; // head spans several tokens: their boundaries agree with it
        if (tok.start() == headStart) return true;
        int inner = headStart - tok.start();
        if (h.word().length() >= 2) return true;
        return inner >= 2 || tok.posStartsWith("nt") || tok.posStartsWith("ns") || tok.posStartsWith("nz");
    }

    /**
     * 新闻发布会, 规划专题会, 创业活动: a meeting named by one ordinary word is a kind of meeting,
     * held many times; a named event says more (中关村标准化服务业产业联盟成立大会) or names
     * something specific (北京科技周).
     */
    static boolean isKindOfEvent(AnalysedText at, int start, int headStart, HeadWords.Head h) {
        return h.type() == EntityType.EVENT && !hasRealModifier(at, start, headStart, MIN_EVENT_MODIFIER)
                && !hasSpecificWord(at, start, headStart);
    }

    private static final int MIN_EVENT_MODIFIER = 3;

    /**
     * A works programme is named for what it does, without any proper name (关键核心技术攻关工程,
     * 创业服务提质工程): 工程 after enough characters of real words names one, unless it counts
     * several (五大工程). After 实施 or 推进 four characters are enough; alone, 防汛抗洪工程 and
     * 河道治理工程 are kinds of works, so six are needed.
     */
    static boolean isNamedProgramme(AnalysedText at, int start, int headStart, HeadWords.Head h, int minModifier) {
        return h.word().equals("工程") && hasRealModifier(at, start, headStart, minModifier)
                && !COUNTED.matcher(at.text().substring(start, headStart)).matches();
    }

    static final int MIN_GOVERNED_PROGRAMME = 4;
    private static final int MIN_UNGOVERNED_PROGRAMME = 6;
    private static final java.util.regex.Pattern COUNTED = java.util.regex.Pattern.compile(".*[一二三四五六七八九十百0-9]+大");

    /** 司 is a department only inside a ministry or commission: 教育部科学技术司, 国家发展改革委高技术司. */
    private static boolean isDepartmentOfMinistry(String modifier) {
        return modifier.matches("\\p{IsHan}{1,8}[部委署]\\p{IsHan}{2,8}");
    }

    static boolean hasProperName(AnalysedText at, int start, int headStart) {
        return at.tokensIn(start, headStart).stream().anyMatch(NameSpan::isProperName);
    }

    static boolean hasSpecificWord(AnalysedText at, int start, int headStart) {
        return at.tokensIn(start, headStart).stream().anyMatch(NameSpan::isSpecific);
    }

    /** The modifier must hold at least {@code min} characters of words that are not generic. */
    static boolean hasRealModifier(AnalysedText at, int start, int headStart, int min) {
        int real = 0;
        for (Token t : at.tokensIn(start, headStart)) {
            int s = Math.max(t.start(), start), e = Math.min(t.end(), headStart);
            String part = at.text().substring(s, e);
            if (t.posStartsWith("w") || GenericWords.isEmptyModifier(part) || GenericWords.isEmptyModifier(t.word())
                    || GenericWords.isTwoEmptyModifiers(part)) continue;
            real += e - s;
        }
        return real >= min;
    }
}

package org.policygraph.recognise.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.Mention;
import org.policygraph.recognise.Recogniser;
import org.policygraph.recognise.TitleMarks;

/**
 * Names found as the object of the verb that governs them: what is 印发/制定/起草 is a document,
 * what is 召开/举办 is an event, what is 推进/实施/建设 may be a project. Such names hold verbs of
 * their own (改革创新与政策试点推进方案, 全面从严治党工作会), which the suffix grammar cannot walk
 * over; the governing verb marks where they begin. The object must end in a head word of the
 * type the verb expects, within one clause.
 */
public final class CueObjectRecogniser implements Recogniser {
    private static final int MAX_OBJECT = 40;
    /** Verbs that documents are named with (…试点推进方案, …落实方案). */
    private static final Set<String> DOCUMENT_VERBS = Set.of("推进", "促进", "推动", "落实", "加快", "加强", "深化", "鼓励", "支持");
    private static final Set<String> CLAUSE_ADVERBS = Set.of("已经", "正在", "进一步", "逐步", "不断", "积极", "全面", "目前", "同时", "分别");

    private record Cue(Pattern verbs, Set<EntityType> expects) {}

    private static final List<Cue> CUES = List.of(
            new Cue(Pattern.compile("(研究起草|研究制定|研究编制|贯彻落实|印发|制定|出台|形成|起草|修订|完善|编制|执行|落实|发布|颁布|签署|签订|报送|上报|推出|审议通过|审议|研究|完成)(了|完成|实施|出台)?"),
                    EnumSet.of(EntityType.POLICY)),
            new Cue(Pattern.compile("(组织召开|召开|举办|举行|承办|主办|协办|筹办|出席|参加|组织开展|开展)(了)?"), EnumSet.of(EntityType.EVENT)),
            new Cue(Pattern.compile("(推进|推动|启动|实施|建设|承担|搭建|打造|立项|完成)(了)?"), EnumSet.of(EntityType.PROJECT)));

    private final HeadWords heads = HeadWords.forRunningText();

    @Override
    public String name() {
        return "cue";
    }

    @Override
    public List<Mention> recognise(AnalysedText at) {
        String text = at.text();
        List<Mention> out = new ArrayList<>();
        TitleMarks marks = new TitleMarks(text);
        for (Cue cue : CUES) {
            Matcher m = cue.verbs.matcher(text);
            while (m.find()) {
                if (!startsToken(at, m.start()) || insideTitle(marks, m.start())) continue;
                int start = m.end();
                // a list of objects: 制定A办法、B细则
                while (start < text.length()) {
                    Optional<Mention> obj = objectAt(at, start, cue.expects);
                    if (obj.isEmpty()) break;
                    out.add(obj.get());
                    int next = obj.get().end();
                    if (next < text.length() && text.charAt(next) == '、') start = next + 1;
                    else break;
                }
            }
        }
        return out;
    }

    private Optional<Mention> objectAt(AnalysedText at, int start, Set<EntityType> expects) {
        String text = at.text();
        start = skipOpeners(at, start, expects.contains(EntityType.POLICY) || expects.contains(EntityType.EVENT),
                expects.contains(EntityType.PROJECT));
        if (start < 0 || start >= text.length() || !startsToken(at, start)) return Optional.empty();
        int limit = Math.min(text.length(), start + MAX_OBJECT);
        Optional<Mention> best = Optional.empty();
        for (int end = start + 1; end <= limit; end++) {
            char c = text.charAt(end - 1);
            if (isClauseBreak(c)) break;
            if (!endsToken(at, end)) continue;
            // a conjunction or adverb ends the object: …工作方案并已纳入…
            var last = at.tokens().get(at.tokenAt(end - 1));
            boolean joins = last.word().equals("与") || last.word().equals("暨") || last.word().equals("及") && expects.contains(EntityType.EVENT);
            // a conjunction, preposition or clause adverb ends the object (…方案并已纳入…); 从严 in 全面从严治党 does not
            boolean clauseAdverb = last.posStartsWith("d") && (last.word().length() == 1 || CLAUSE_ADVERBS.contains(last.word()));
            if (last.start() > start && !joins && (last.posStartsWith("c") || clauseAdverb || last.posStartsWith("p")
                    || VerbLexicon.breaksName(last.word()) && !DOCUMENT_VERBS.contains(last.word()))) break;
            if (end - start < 3) continue;
            String sofar = text.substring(start, end);
            // 及 joins the parts of a meeting's name (新政解读及实操应用培训会), elsewhere it lists things
            boolean listed = sofar.contains("及") && !expects.contains(EntityType.EVENT);
            if (sofar.contains("和") || sofar.contains("等") || listed || sofar.contains("的") && !opensTitle(sofar)) {
                break;
            }
            Optional<HeadWords.Head> h = heads.headOf(text.substring(start, end));
            if (h.isEmpty() || !expects.contains(h.get().type())) continue;
            int headStart = end - h.get().word().length();
            if (headStart - start < 2 || !SuffixNameRecogniser.hasRealModifier(at, start, headStart, 2)) continue;
            if (SuffixNameRecogniser.isKindOfEvent(at, start, headStart, h.get())) continue;
            if (h.get().needsSpecific() && h.get().type() == EntityType.PROJECT && !SuffixNameRecogniser.hasSpecificWord(at, start, headStart)
                    && !SuffixNameRecogniser.isNamedProgramme(at, start, headStart, h.get(), SuffixNameRecogniser.MIN_GOVERNED_PROGRAMME)) {
                continue;
            }
            String name = text.substring(start, end);
            if (isDescription(name)) continue;
            if (GenericWords.isEmptyModifier(name.substring(0, name.length() - h.get().word().length()))) continue;
            // the longest object that still ends in a head: 中央八项规定实施细则, not 中央八项规定
            best = Optional.of(new Mention(start, end, name, h.get().type(), 0.75, name()));
        }
        return best;
    }

    /**
     * 支持…平台的方案 describes a plan that has no title yet; 支持…创新发展的若干措施 is a title. Only
     * after 关于 does a bare document word after 的 make a title (关于…的意见).
     */
    private static boolean isDescription(String object) {
        int of = object.lastIndexOf('的');
        return of >= 0 && !object.startsWith("关于") && object.length() - of - 1 < 3;
    }

    /** Titles hold a 的 when they open with what the document is about: 关于…的意见, 支持…的若干措施. */
    private static boolean opensTitle(String object) {
        return object.startsWith("关于") || DOCUMENT_VERBS.stream().anyMatch(object::startsWith);
    }

    /**
     * Steps over words that sit between the verb and its object (并, 了, 具体, a second verb); for
     * documents and meetings, not over the 关于 or 促进 that opens a title (召开促进…会议); for
     * programmes, over the year of the round (启动2020国际创新资源支持资金项目).
     */
    private static int skipOpeners(AnalysedText at, int start, boolean document, boolean project) {
        int k = at.tokenStartingAt(start);
        while (k >= 0 && k < at.tokens().size()) {
            var t = at.tokens().get(k);
            if (document && (t.word().equals("关于") || DOCUMENT_VERBS.contains(t.word()))) break;
            String pos = t.pos();
            boolean year = t.word().matches("(19|20)[0-9]{2}年?") && k + 1 < at.tokens().size()
                    && (t.word().endsWith("年") || at.tokens().get(k + 1).word().startsWith("年") || at.tokens().get(k + 1).posStartsWith("n"));
            if (year && !project) break; // a year dates events and documents, and only the round of a programme
            if (year || t.word().equals("年") && k > 0 && at.tokens().get(k - 1).word().matches("(19|20)[0-9]{2}")) {
                k++;
                continue;
            }
            // a count is no name (27个项目), a numeral inside a name is (一区多园统筹发展规划)
            boolean counted = k + 1 < at.tokens().size() && at.tokens().get(k + 1).posStartsWith("q");
            if (pos.startsWith("q") || (pos.startsWith("m") || t.word().matches("[0-9一二三四五六七八九十百几多]+")) && counted) return -1;
            if (pos.startsWith("m")) break;
            if (!(VerbLexicon.opensClause(t.word()) || GenericWords.isDeterminer(t.word()) || pos.startsWith("u")
                    || pos.startsWith("d") || pos.startsWith("c") || pos.startsWith("p")
                    || pos.startsWith("v") && !pos.equals("vn") && t.word().length() > 1)) break; // 创/vg opens 创新型…
            k++;
        }
        return k >= 0 && k < at.tokens().size() ? at.tokens().get(k).start() : -1;
    }

    /** A verb inside a 《》 title belongs to the title, which the title recogniser reads whole. */
    private static boolean insideTitle(TitleMarks marks, int offset) {
        int open = marks.lastOpen(offset);
        return open >= 0 && marks.lastClose(offset) < open && marks.nextLineBreak(open) >= offset;
    }

    private static boolean isClauseBreak(char c) {
        return ",，。;；:：、!?！？()（）《》〈〉“”\n".indexOf(c) >= 0;
    }

    private static boolean startsToken(AnalysedText at, int offset) {
        return at.tokenStartingAt(offset) >= 0;
    }

    private static boolean endsToken(AnalysedText at, int end) {
        int k = at.tokenAt(end - 1);
        return k >= 0 && at.tokens().get(k).end() == end;
    }
}

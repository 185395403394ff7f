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
import org.policygraph.recognise.MentionRefiner;
import org.policygraph.recognise.MentionSpans;
import org.policygraph.recognise.Token;

/**
 * Lists of names that each carry their own head word
 * ({@code 对顺义航天产业园空间飞行器姿轨控系统及核心产品产业化项目、顺义北京移动互联与文化传媒产业基地、大兴航天精密光机电与先进信息产业园区}):
 * the separators mark where each name begins and ends, so a member is the whole member, even
 * where verbs or a park's name inside it stopped the suffix rule short. At least two members must
 * end in a head word, so that a list of activities is never taken for a list of names.
 */
public final class HeadedListItemRefiner implements MentionRefiner {
    /** A clause: what lies between the punctuation that is not the list separator. */
    private static final Pattern CLAUSE = Pattern.compile("[^,，。;；:：!?！？\\n()（）“”\"《》]+");
    private static final int MIN_HEADED_MEMBERS = 2;
    private static final int MAX_NAME = 32;
    /** Long names that lists hold whole; events, places and documents have recognisers of their own. */
    private static final Set<EntityType> MEMBER_TYPES = EnumSet.of(EntityType.PARK, EntityType.PROJECT,
            EntityType.RESEARCH_INSTITUTION, EntityType.OTHER_ORGANIZATION, EntityType.COMPANY);
    /** 14家市级技术创新中心 is a count of a kind, not a name. */
    private static final Pattern COUNTED = Pattern.compile("^[0-9一二三四五六七八九十百]+[余多]?[家个项所名批类]");
    private static final Set<String> LEADING_MODIFIERS = Set.of("重点", "主要", "积极", "加快", "全力", "着力", "持续");
    private static final Set<String> CLAUSE_CHARACTERS = Set.of("赴", "到", "向", "在", "对", "为", "由", "从", "经", "与", "将", "把", "已");
    private static final Set<String> NAME_JOINERS = Set.of("及", "和", "或");

    private final HeadWords heads = HeadWords.forRunningText();

    @Override
    public List<Mention> refine(AnalysedText at, List<Mention> merged) {
        String text = at.text();
        List<Mention> out = new ArrayList<>();
        MentionSpans spans = new MentionSpans(merged);
        Matcher c = CLAUSE.matcher(text);
        while (c.find()) {
            int separator = text.indexOf('、', c.start());
            if (separator < 0 || separator >= c.end()) continue;
            List<int[]> items = items(at, c.start(), c.end());
            List<Mention> members = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                boolean between = i > 0 && i < items.size() - 1; // both ends are separators
                member(at, items.get(i)[0], items.get(i)[1], between).ifPresent(members::add);
            }
            if (members.size() < MIN_HEADED_MEMBERS) continue;
            for (Mention m : members) {
                if (spans.withSpan(m.start(), m.end()).isEmpty()) out.add(m);
            }
        }
        return out;
    }

    /** The members between separators: the first after the words that open the clause; 等 ends the list. */
    private static List<int[]> items(AnalysedText at, int start, int end) {
        String text = at.text();
        List<int[]> items = new ArrayList<>();
        for (int[] item : ListMembers.between(text, start, end)) {
            int etc = text.substring(item[0], item[1]).indexOf('等');
            items.add(new int[] {item[0], etc >= 0 ? item[0] + etc : item[1]});
            if (etc >= 0) break;
        }
        int[] first = items.get(0);
        first[0] = afterOpeningWords(at, first[0], first[1]);
        return items;
    }

    /** The first member starts after the last word that belongs to the clause (重点推进X, 对X, 目前已组织赴X, …建设与X). */
    private static int afterOpeningWords(AnalysedText at, int start, int end) {
        int begin = start;
        for (Token t : at.tokensIn(start, end)) {
            if (t.start() < start) continue;
            if (opensClause(t) || LEADING_MODIFIERS.contains(t.word()) || VerbLexicon.opensClause(t.word())) begin = t.end();
        }
        return begin;
    }

    /**
     * A word of the clause around the list rather than of a name. An unknown name falls apart into
     * single characters with arbitrary tags (广/a 联/vg 达/v), so one-character words count only
     * when they are the usual ones; 及 and 和 join words inside names.
     */
    private static boolean opensClause(Token t) {
        String pos = t.pos() == null ? "" : t.pos();
        if (t.word().length() == 1) return CLAUSE_CHARACTERS.contains(t.word());
        return pos.startsWith("p") || pos.startsWith("d") || pos.startsWith("u") || pos.startsWith("t")
                || pos.startsWith("c") && !NAME_JOINERS.contains(t.word()) || isVerb(t);
    }

    /** A verb that predicates; verbal nouns and intransitive verbs also modify names (移动互联, 创新中心). */
    private static boolean isVerb(Token t) {
        String pos = t.pos() == null ? "" : t.pos();
        return pos.startsWith("v") && !pos.equals("vn") && !pos.equals("vi");
    }

    /** A whole member that ends in a head word and reads as a name: long enough, not generic, not a count. */
    private Optional<Mention> member(AnalysedText at, int start, int end, boolean between) {
        String text = at.text();
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end - start > MAX_NAME) return Optional.empty();
        String name = text.substring(start, end);
        Optional<HeadWords.Head> head = heads.headOf(name);
        if (head.isEmpty() || name.length() < head.get().word().length() + Math.max(2, head.get().minModifier())) return Optional.empty();
        if (GenericWords.isEmptyModifier(name.substring(0, name.length() - head.get().word().length()))) return Optional.empty();
        if (!startsOnAWord(at, start) || !MEMBER_TYPES.contains(head.get().type()) || COUNTED.matcher(name).find()) return Optional.empty();
        // at the open end of a list, a verb means the clause runs on (…和首钢…服务区开展对接活动); between
        // separators it is part of the name (设备研制基地项目), and segmenters misread place names as verbs (大兴/v)
        if (!between) {
            for (Token t : at.tokensIn(start, end)) {
                if (t.start() >= start && t.word().length() > 1 && isVerb(t) && !VerbLexicon.livesInNames(t.word())) return Optional.empty();
            }
        }
        return Optional.of(new Mention(start, end, name, head.get().type(), 0.55, "list-member"));
    }

    private static boolean startsOnAWord(AnalysedText at, int start) {
        int i = at.tokenAt(start);
        return i >= 0 && at.tokens().get(i).start() == start;
    }
}

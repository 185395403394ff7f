package org.policygraph.recognise.gazetteer;

import java.util.ArrayList;
import java.util.List;
import org.policygraph.recognise.Mention;
import org.policygraph.recognise.rules.BookTitleRecogniser;
import org.policygraph.recognise.rules.QuotedNameRecogniser;

/**
 * Names inside longer names that are named there too: a known name in quotes (“三城一区”规划 is a
 * plan, and it mentions the 三城一区), and the event a plan is for (2020中关村论坛技术交易大会活动方案
 * mentions 2020中关村论坛技术交易大会). These nested mentions are added after the merger, which
 * would otherwise drop them for overlapping the longer name. A plan for an event that is not
 * quoted as a title (起草2020年中关村5G创新应用大赛方案) is no document of its own yet: the
 * event stands in its place.
 */
public final class NestedQuotedNames {
    /** A body's own meeting: 中关村标准化服务业产业联盟成立大会 mentions the alliance. */
    private static final java.util.regex.Pattern MEETING_OF_BODY = java.util.regex.Pattern.compile(
            "^(第[一二三四五六七八九十百]+次)?(.{3,}?(联盟|协会|学会|联合会|商会|促进会|研究会|委员会|领导小组|办公室))([0-9]{4}年)?"
                    + "(第[一二三四五六七八九十百]+次)?(成立大会|年会|全体会议|会议|工作会|大会|会)$");
    private static final org.policygraph.recognise.rules.HeadWords HEADS = org.policygraph.recognise.rules.HeadWords.forRunningText();

    private static final java.util.regex.Pattern PLAN_FOR_EVENT = java.util.regex.Pattern.compile(
            "(.{4,}(论坛|大会|大赛|峰会|博览会|交易会|大讲堂|活动周|科技周|研讨会|年会))(的)?(活动|系列活动)?(实施|总体|工作|筹备)?方案$");
    private final Gazetteer gazetteer;

    public NestedQuotedNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The mentions with the names nested in them added, in text order. */
    public List<Mention> withNested(List<Mention> mentions, String text) {
        List<Mention> nested = within(mentions, text);
        List<Mention> out = new ArrayList<>(mentions.size() + nested.size());
        for (Mention m : mentions) {
            boolean replaced = m.type() == org.policygraph.recognise.EntityType.POLICY && !isQuotedTitle(m)
                    && nested.stream().anyMatch(n -> n.start() == m.start() && n.type() == org.policygraph.recognise.EntityType.EVENT);
            if (!replaced) out.add(m);
        }
        out.addAll(nested);
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return out;
    }

    private static boolean isQuotedTitle(Mention m) {
        return m.recogniser().equals(BookTitleRecogniser.NAME) || m.recogniser().equals(QuotedNameRecogniser.NAME);
    }

    public List<Mention> within(List<Mention> mentions, String text) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            var meeting = MEETING_OF_BODY.matcher(m.text());
            if (m.type() == org.policygraph.recognise.EntityType.EVENT && meeting.matches()) {
                String body = meeting.group(2);
                int start = m.start() + (meeting.group(1) == null ? 0 : meeting.group(1).length());
                HEADS.headOf(body).filter(h -> h.type().isOrganization()).ifPresent(h ->
                        out.add(new Mention(start, start + body.length(), body, h.type(), 0.7, "nested")));
            }
            var plan = PLAN_FOR_EVENT.matcher(m.text());
            if (m.type() == org.policygraph.recognise.EntityType.POLICY && plan.matches()) {
                String event = plan.group(1);
                out.add(new Mention(m.start(), m.start() + event.length(), event, org.policygraph.recognise.EntityType.EVENT, 0.7, "nested"));
            }
            // quotes inside the name only: a search to the end of the text for each name would make this quadratic
            for (int open = indexWithin(text, '“', m.start(), m.end()); open >= 0; open = indexWithin(text, '“', open + 1, m.end())) {
                int close = indexWithin(text, '”', open + 1, m.end());
                if (close < 0) break;
                if (open == m.start() && close == m.end() - 1) continue; // the whole name is the quote
                String inner = text.substring(open + 1, close);
                int start = open + 1;
                gazetteer.lookup(inner).ifPresent(e -> out.add(new Mention(start, close, inner, e.type(), 0.9, "nested")));
            }
        }
        return out;
    }

    /** The first {@code c} in {@code [from, to)}, or -1. */
    private static int indexWithin(String text, char c, int from, int to) {
        for (int i = from; i < to; i++) if (text.charAt(i) == c) return i;
        return -1;
    }
}

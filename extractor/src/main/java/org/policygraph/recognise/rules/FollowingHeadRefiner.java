package org.policygraph.recognise.rules;

import java.util.ArrayList;
import java.util.List;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.Mention;
import org.policygraph.recognise.MentionRefiner;

/**
 * A name written right before a head word of the suffix grammar is the modifier of a longer name,
 * which the head types: 白鹤滩 before 水电站 is the works 白鹤滩水电站, 怀柔科学城 before 规划 the plan
 * 怀柔科学城规划. The tagger often stops at the modifier when it has not seen the name; the suffix
 * grammar alone does not find these, as it wants a modifier it knows to be specific.
 */
public final class FollowingHeadRefiner implements MentionRefiner {
    /** One-character heads (园, 局, 部) begin too many ordinary words to be read after a name. */
    private final List<HeadWords.Head> heads = HeadWords.forRunningText()
            .with(HeadWords.WORKS.stream().map(w -> new HeadWords.Head(w, EntityType.PROJECT, 2, true)).toList())
            .heads().stream().filter(h -> h.word().length() >= 2).toList();

    @Override
    public List<Mention> refine(AnalysedText at, List<Mention> merged) {
        String text = at.text();
        List<Mention> out = new ArrayList<>();
        for (Mention m : merged) {
            String next = m.following(text, 8);
            // heads are longest first: 行动计划 is read before 计划
            heads.stream().filter(h -> next.startsWith(h.word())).findFirst().ifPresent(h -> {
                int end = m.end() + h.word().length();
                if (mayBecome(m.type(), h.type()) && endsWord(at, end)) {
                    out.add(new Mention(m.start(), end, text.substring(m.start(), end), h.type(), m.confidence(), "followingHead"));
                }
            });
        }
        return out;
    }

    /**
     * Which names a head may lengthen into which. A place is the modifier of works, parks,
     * institutions, firms and events named after it (白鹤滩水电站, 中关村大街发展轴), not of its own
     * strategy, plan or region (北部湾战略, 东北亚地区 are written both ways); a body or firm only of its
     * works (崖州湾国家实验室二期) or of a longer name of its own kind (中国航空工业集团公司), not of its
     * meetings (省人大常委会会议). Parks, works, events and policies become whatever the head says
     * (中关村科学城规划, RCEP示范项目集聚区), but for a place.
     */
    static boolean mayBecome(EntityType from, EntityType to) {
        if (to == EntityType.PLACE) return false;
        if (from == to) return true;
        return switch (from) {
            case PLACE -> to == EntityType.PROJECT || to == EntityType.PARK || to == EntityType.RESEARCH_INSTITUTION
                    || to == EntityType.COMPANY || to == EntityType.EVENT;
            case GOVERNMENT_BODY, OTHER_ORGANIZATION, COMPANY, RESEARCH_INSTITUTION, PERSON -> to == EntityType.PROJECT;
            default -> true;
        };
    }

    /** The head must end a word of the segmentation: 北京大学生 is no 大学. */
    private static boolean endsWord(AnalysedText at, int end) {
        if (end >= at.text().length()) return true;
        int i = at.tokenAt(end - 1);
        return i >= 0 && at.tokens().get(i).end() == end;
    }
}

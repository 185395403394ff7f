package org.policygraph.relate.role;

import org.policygraph.recognise.TitleMarks;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.policygraph.resolve.ResolvedMention;

/**
 * Names a sentence coordinates ({@code 财政部、税务总局、科技部}): a cue before the first or after
 * the last applies to every member, as the list's verb does.
 */
record MentionGroup(List<ResolvedMention> members) {
    /** What may stand between two members of one list. */
    private static final Set<String> JOINERS = Set.of("、", "和", "及", "以及", "、以及", "，以及", "或");

    int start() { return members.get(0).mention().start(); }

    int end() { return members.get(members.size() - 1).mention().end(); }

    /**
     * The groups of the mentions, which must be in text order; a mention inside another (a body
     * named inside a policy title) is not a member of its own, the outer name is.
     */
    static List<MentionGroup> of(String text, TitleMarks marks, List<ResolvedMention> mentions) {
        List<MentionGroup> groups = new ArrayList<>();
        List<ResolvedMention> current = new ArrayList<>();
        ResolvedMention last = null;
        for (ResolvedMention rm : mentions) {
            if (last != null && rm.mention().start() < last.mention().end()) continue; // nested in the last
            if (insideTitle(text, marks, rm.mention().start(), rm.mention().end())) continue; // a word of a title plays no role
            if (last != null && !JOINERS.contains(text.substring(last.mention().end(), rm.mention().start()).strip())) {
                groups.add(new MentionGroup(current));
                current = new ArrayList<>();
            }
            current.add(rm);
            last = rm;
        }
        if (!current.isEmpty()) groups.add(new MentionGroup(current));
        return groups;
    }

    /** Whether [start, end) lies inside a 《…》 title without being the whole title. */
    static boolean insideTitle(String text, TitleMarks marks, int start, int end) {
        if (text.startsWith("《", start) || (start > 0 && text.charAt(start - 1) == '《' && end < text.length() && text.charAt(end) == '》')) {
            return false;
        }
        int open = marks.lastOpen(start - 1);
        if (open < 0 || marks.lastClose(start - 1) > open) return false;
        int close = marks.nextClose(end);
        int nextOpen = marks.nextOpen(end);
        return close >= 0 && (nextOpen < 0 || close < nextOpen);
    }
}

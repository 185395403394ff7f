package org.policygraph.relate.role;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.Token;
import org.policygraph.resolve.ResolvedMention;
import org.policygraph.structure.ReportStructure;
import org.policygraph.structure.Sentence;
import org.policygraph.structure.Task;
import org.policygraph.structure.TaskSpans;
import org.policygraph.recognise.TitleMarks;

/**
 * Stage 6, relate: the roles a sentence states for the names in it, read from the words right
 * around each name (or list of names) in the segmented sentence: {@code 会同X} partner,
 * {@code X牵头} lead, {@code 支持X} supports, {@code 在X} location. Only the word next to the name
 * counts, and only names of a kind that can play the role: a role is stated, never guessed.
 */
public final class TaskRoleRecogniser {
    private static final Set<EntityType> PARTNERS = EnumSet.of(EntityType.GOVERNMENT_BODY, EntityType.RESEARCH_INSTITUTION,
            EntityType.COMPANY, EntityType.OTHER_ORGANIZATION, EntityType.PARK);
    private static final Set<EntityType> SUPPORTED = EnumSet.complementOf(EnumSet.of(EntityType.POLICY, EntityType.GOVERNMENT_BODY));
    private static final Set<EntityType> PLACES = EnumSet.of(EntityType.PLACE, EntityType.PARK);
    private static final int BUILD_WINDOW = 1;

    public List<Involvement> recognise(AnalysedText analysed, ReportStructure structure, List<ResolvedMention> mentions) {
        List<Involvement> found = new ArrayList<>();
        MentionsBySentence bySentence = new MentionsBySentence(structure, mentions);
        TaskSpans spans = structure.taskSpans();
        TitleMarks marks = new TitleMarks(analysed.text());
        for (Sentence s : structure.sentences()) {
            Optional<Task> task = spans.innermostAt(s.start());
            if (task.isEmpty()) continue;
            for (MentionGroup g : MentionGroup.of(analysed.text(), marks, bySentence.in(s))) {
                GroupContext ctx = new GroupContext(analysed, g);
                String before = ctx.before().map(Token::word).orElse("");
                List<Token> after = ctx.after(2, s.end());
                String next = after.isEmpty() ? "" : after.get(0).word();
                for (ResolvedMention m : g.members()) {
                    EntityType type = m.entity().type();
                    roleOf(type, before, next, ctx, after).ifPresent(r ->
                            found.add(new Involvement(task, m.entity(), r.role, m, s, Optional.empty(), r.cue)));
                }
            }
        }
        return found;
    }

    private record Stated(Role role, String cue) {}

    private static Optional<Stated> roleOf(EntityType type, String before, String next, GroupContext ctx, List<Token> after) {
        if (type.isOrganization()) {
            if (RoleCues.LEAD_AFTER.contains(next)) return stated(Role.LEAD, next);
            if (RoleCues.AGENT_BEFORE.contains(before) && !after.isEmpty()
                    && (after.get(0).posStartsWith("v") || RoleCues.AGENT_VERBS.contains(next))) return stated(Role.LEAD, before + "…" + next);
        }
        if (PARTNERS.contains(type)) {
            if (RoleCues.PARTNER_BEFORE.contains(before)) return stated(Role.PARTNER, before);
            if (RoleCues.WITH_BEFORE.contains(before) && RoleCues.JOINT_VERBS.contains(next)) return stated(Role.PARTNER, before + "…" + next);
            if (RoleCues.PARTNER_AFTER.contains(next)) return stated(Role.PARTNER, next);
        }
        if (PLACES.contains(type)) {
            if (RoleCues.LOCATION_BEFORE.contains(before)) return stated(Role.LOCATION, before);
            if (RoleCues.LOCATION_AFTER.contains(next)) return stated(Role.LOCATION, next);
        }
        if (SUPPORTED.contains(type)) {
            // 支持北京大数据研究平台: a place right before a noun names where the thing is, not what is supported
            boolean modifiesANoun = type == EntityType.PLACE
                    && (ctx.endsInsideAWord() || !after.isEmpty() && startsANounPhrase(after.get(0)));
            if (RoleCues.SUPPORT_BEFORE.contains(before) && !modifiesANoun) return stated(Role.SUPPORTS, before);
            if (RoleCues.BUILD_BEFORE.contains(before) && after.stream().limit(BUILD_WINDOW).anyMatch(t -> RoleCues.BUILD_AFTER.contains(t.word()))) {
                return stated(Role.SUPPORTS, before + "…" + next);
            }
        }
        return Optional.empty();
    }

    /** A noun or an adjective that opens one (大数据研究平台); 建设 (vn) after a place is what is supported there. */
    private static boolean startsANounPhrase(Token t) {
        return t.posStartsWith("n") || t.pos() != null && (t.pos().equals("a") || t.pos().equals("b"));
    }

    private static Optional<Stated> stated(Role role, String cue) {
        return Optional.of(new Stated(role, cue));
    }
}

package org.policygraph.relate.role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.Token;
import org.policygraph.resolve.Entity;
import org.policygraph.resolve.ResolvedMention;
import org.policygraph.structure.ReportStructure;
import org.policygraph.structure.Sentence;
import org.policygraph.structure.Task;
import org.policygraph.structure.TaskSpans;
import org.policygraph.recognise.TitleMarks;

/**
 * Stage 6, relate: who issued a policy. Two statements count: an organisation (or a list of them)
 * as the subject of an issuing verb whose object is the title ({@code 财政部、税务总局联合印发《…》},
 * {@code 会同教育部科技司正式发布《…》}, the partner there co-issuing), and a title that begins with
 * the name of a body the report or the gazetteer knows ({@code 《中关村管委会2020年…工作要点》}).
 */
public final class IssuerRecogniser {
    private static final int MAX_CHAIN = 4;
    private static final int MIN_PREFIX_NAME = 2;

    private final Map<String, Entity> knownBodies;

    /** @param knownBodies organisations by every name they go by (the gazetteer's), for titles that begin with one */
    public IssuerRecogniser(Map<String, Entity> knownBodies) {
        this.knownBodies = Map.copyOf(knownBodies);
    }

    public List<Involvement> recognise(AnalysedText analysed, ReportStructure structure, List<ResolvedMention> mentions) {
        List<Involvement> found = new ArrayList<>();
        Map<String, Entity> bodies = bodiesOf(mentions);
        MentionsBySentence bySentence = new MentionsBySentence(structure, mentions);
        TaskSpans spans = structure.taskSpans();
        TitleMarks marks = new TitleMarks(analysed.text());
        for (Sentence s : structure.sentences()) {
            Optional<Task> task = spans.innermostAt(s.start());
            List<ResolvedMention> inSentence = bySentence.in(s);
            List<MentionGroup> groups = MentionGroup.of(analysed.text(), marks, inSentence);
            for (int i = 0; i + 1 < groups.size(); i++) {
                MentionGroup subject = groups.get(i), object = groups.get(i + 1);
                Optional<String> verb = issuingChain(analysed, subject.end(), object.start());
                if (verb.isEmpty()) continue;
                for (ResolvedMention policy : object.members()) {
                    if (policy.entity().type() != EntityType.POLICY) continue;
                    for (ResolvedMention org : subject.members()) {
                        if (!org.entity().type().isOrganization()) continue;
                        found.add(new Involvement(task, org.entity(), Role.ISSUER, org, s, Optional.of(policy.entity()), verb.get()));
                    }
                }
            }
            for (ResolvedMention m : inSentence) {
                if (m.entity().type() != EntityType.POLICY || !isBookTitle(analysed.text(), m)) continue;
                titleIssuer(m.mention().surface(), bodies).ifPresent(org ->
                        found.add(new Involvement(task, org, Role.ISSUER, m, s, Optional.of(m.entity()), "《" + org.canonicalName() + "…》")));
            }
        }
        return found;
    }

    /** The issuing verb when only an issuing verb and its adverbs stand between the issuer and the title. */
    private static Optional<String> issuingChain(AnalysedText analysed, int from, int to) {
        String between = analysed.text().substring(from, to);
        if (between.isEmpty() || between.length() > 12) return Optional.empty();
        String verb = null;
        int words = 0;
        for (Token t : analysed.tokensIn(from, to)) {
            if (t.start() < from) return Optional.empty();
            String w = t.word();
            if (w.equals("《")) continue;
            if (RoleCues.ISSUE_VERBS.contains(w)) verb = w;
            else if (!RoleCues.ISSUE_FILLERS.contains(w)) return Optional.empty();
            if (++words > MAX_CHAIN) return Optional.empty();
        }
        return Optional.ofNullable(verb);
    }

    private static boolean isBookTitle(String text, ResolvedMention m) {
        int start = m.mention().start();
        return m.mention().text().startsWith("《") || (start > 0 && text.charAt(start - 1) == '《');
    }

    /** The body whose name the title starts with, longest name first. */
    private Optional<Entity> titleIssuer(String title, Map<String, Entity> bodies) {
        return bodies.entrySet().stream()
                .filter(e -> e.getKey().length() >= MIN_PREFIX_NAME && title.startsWith(e.getKey()) && title.length() > e.getKey().length())
                .max(Comparator.comparingInt(e -> e.getKey().length()))
                .map(Map.Entry::getValue);
    }

    /** Known bodies plus the organisations this report names, by each surface form. */
    private Map<String, Entity> bodiesOf(List<ResolvedMention> mentions) {
        Map<String, Entity> bodies = new LinkedHashMap<>(knownBodies);
        for (ResolvedMention m : mentions) {
            if (m.entity().type().isOrganization()) {
                bodies.putIfAbsent(m.mention().surface(), m.entity());
                bodies.putIfAbsent(m.entity().canonicalName(), m.entity());
            }
        }
        return bodies;
    }
}

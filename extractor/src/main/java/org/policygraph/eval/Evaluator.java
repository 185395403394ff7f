package org.policygraph.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.policygraph.pipeline.ExtractedReport;
import org.policygraph.recognise.EntityType;
import org.policygraph.relate.TaskLink;
import org.policygraph.resolve.Entity;
import org.policygraph.resolve.ResolvedMention;
import org.policygraph.structure.Task;

/**
 * Scores extracted reports against gold annotations the way the project's evaluation does:
 * entities match when their types agree and one surface form is shared (greedy, one to one);
 * leaf tasks match gold tasks by the first eight characters of their titles; links are counted
 * on matched tasks.
 */
public final class Evaluator {

    private record Predicted(Entity entity, Set<String> forms) {}

    private record Gold(GoldReport.GoldEntity entity, Set<String> forms) {}

    public Evaluation evaluate(List<ExtractedReport> reports, List<GoldReport> golds) {
        Map<String, ExtractedReport> byName = new HashMap<>();
        for (ExtractedReport r : reports) byName.put(r.source().fileName(), r);
        Map<EntityType, Counts> byType = new EnumMap<>(EntityType.class);
        Counts coarse = Counts.ZERO, untyped = Counts.ZERO, all = Counts.ZERO, tasks = Counts.ZERO, links = Counts.ZERO;
        int mentions = 0, badOffsets = 0;
        List<String> misses = new ArrayList<>();
        for (ExtractedReport r : reports) {
            for (ResolvedMention m : r.mentions()) {
                mentions++;
                if (!r.content().substring(m.mention().start(), m.mention().end()).equals(m.mention().text())) badOffsets++;
            }
        }
        for (GoldReport gold : golds) {
            ExtractedReport r = byName.get(gold.document());
            List<Predicted> preds = r == null ? List.of() : predicted(r);
            List<Gold> gs = gold.entities().stream().map(Evaluator::gold).toList();
            Map<Integer, Integer> typed = match(preds, gs, (p, g) -> p.entity.type() == g.entity.type() && intersects(p.forms, g.forms));
            Map<Integer, Integer> coarseMatch = match(preds, gs, (p, g) -> (p.entity.type() == g.entity.type()
                    || p.entity.type().isOrganization() && g.entity.type().isOrganization()) && intersects(p.forms, g.forms));
            Map<Integer, Integer> untypedMatch = match(preds, gs, (p, g) -> intersects(p.forms, g.forms));
            for (EntityType t : EntityType.values()) {
                int tp = (int) typed.values().stream().filter(j -> gs.get(j).entity.type() == t).count();
                int np = (int) preds.stream().filter(p -> p.entity.type() == t).count();
                int ng = (int) gs.stream().filter(g -> g.entity.type() == t).count();
                byType.merge(t, new Counts(tp, np - tp, ng - tp), Counts::plus);
            }
            all = all.plus(new Counts(typed.size(), preds.size() - typed.size(), gs.size() - typed.size()));
            untyped = untyped.plus(new Counts(untypedMatch.size(), preds.size() - untypedMatch.size(), gs.size() - untypedMatch.size()));
            int ctp = (int) coarseMatch.values().stream().filter(j -> gs.get(j).entity.type().isOrganization()).count();
            int cnp = (int) preds.stream().filter(p -> p.entity.type().isOrganization()).count();
            int cng = (int) gs.stream().filter(g -> g.entity.type().isOrganization()).count();
            coarse = coarse.plus(new Counts(ctp, cnp - ctp, cng - ctp));
            Set<Integer> matchedGold = new HashSet<>(typed.values());
            for (int j = 0; j < gs.size(); j++) {
                if (!matchedGold.contains(j)) misses.add(gold.document() + "\tmissed\t" + gs.get(j).entity.type().localName() + "\t" + gs.get(j).entity.name());
            }
            for (int i = 0; i < preds.size(); i++) {
                if (!typed.containsKey(i)) misses.add(gold.document() + "\tspurious\t" + preds.get(i).entity.type().localName() + "\t" + preds.get(i).entity.canonicalName());
            }

            Map<Entity, String> predToGold = new HashMap<>();
            typed.forEach((i, j) -> predToGold.put(preds.get(i).entity, gs.get(j).entity.name()));
            List<Task> leaves = r == null ? List.of() : leaves(r.structure().tasks());
            List<GoldReport.GoldTask> gtasks = gold.tasks();
            Map<Integer, Integer> taskPairs = match(leaves, gtasks, (t, g) -> !SurfaceForms.titleKey(g.title()).isEmpty()
                    && SurfaceForms.titleKey(t.title()).equals(SurfaceForms.titleKey(g.title())));
            tasks = tasks.plus(new Counts(taskPairs.size(), leaves.size() - taskPairs.size(), gtasks.size() - taskPairs.size()));
            for (Map.Entry<Integer, Integer> pair : taskPairs.entrySet()) {
                Task leaf = leaves.get(pair.getKey());
                Set<String> got = new HashSet<>();
                for (TaskLink l : r.links()) {
                    if (l.task().index() == leaf.index()) got.add(predToGold.getOrDefault(l.entity(), "spurious:" + l.entity()));
                }
                Set<String> want = new HashSet<>(gtasks.get(pair.getValue()).entities());
                int tp = (int) want.stream().filter(got::contains).count();
                links = links.plus(new Counts(tp, got.size() - tp, want.size() - tp));
            }
            for (int j = 0; j < gtasks.size(); j++) {
                if (!taskPairs.containsValue(j)) {
                    links = links.plus(new Counts(0, 0, gtasks.get(j).entities().size()));
                    misses.add(gold.document() + "\tmissed task\t" + gtasks.get(j).key() + "\t" + gtasks.get(j).title());
                }
            }
        }
        return new Evaluation(byType, coarse, untyped, all, tasks, links, mentions, badOffsets, misses);
    }

    /** Distinct entities in order of first mention, with every surface form and the canonical name. */
    private static List<Predicted> predicted(ExtractedReport r) {
        Map<Entity, Set<String>> forms = new LinkedHashMap<>();
        for (ResolvedMention m : r.mentions()) {
            Set<String> f = forms.computeIfAbsent(m.entity(), e -> new HashSet<>(Set.of(SurfaceForms.norm(e.canonicalName()))));
            f.add(SurfaceForms.norm(m.mention().text()));
        }
        List<Predicted> out = new ArrayList<>();
        forms.forEach((e, f) -> out.add(new Predicted(e, f)));
        return out;
    }

    private static Gold gold(GoldReport.GoldEntity e) {
        Set<String> forms = new HashSet<>();
        forms.add(SurfaceForms.norm(e.name()));
        for (String m : e.mentions()) forms.add(SurfaceForms.norm(m));
        return new Gold(e, forms);
    }

    private static List<Task> leaves(List<Task> tasks) {
        Set<Integer> parents = new HashSet<>();
        for (Task t : tasks) if (t.hasParent()) parents.add(t.parent());
        return tasks.stream().filter(t -> !parents.contains(t.index())).toList();
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) if (b.contains(x)) return true;
        return false;
    }

    /** Greedy one-to-one matching, predictions in order, each taking the first free gold item it fits. */
    private static <P, G> Map<Integer, Integer> match(List<P> preds, List<G> golds, BiPredicate<P, G> ok) {
        Map<Integer, Integer> pairs = new LinkedHashMap<>();
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < preds.size(); i++) {
            for (int j = 0; j < golds.size(); j++) {
                if (!used.contains(j) && ok.test(preds.get(i), golds.get(j))) {
                    used.add(j);
                    pairs.put(i, j);
                    break;
                }
            }
        }
        return pairs;
    }
}

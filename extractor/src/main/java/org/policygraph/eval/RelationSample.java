package org.policygraph.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.policygraph.pipeline.ExtractedReport;
import org.policygraph.relate.figure.Figure;
import org.policygraph.relate.role.Involvement;
import org.policygraph.structure.Sentence;

/**
 * Role links and figures drawn at random (with a seed, so a check can be repeated), printed with
 * their sentences and the words they were read from marked 【…】, for judging precision by hand.
 * A role link is counted once however many sentences state it, as the graph holds it once.
 */
public final class RelationSample {
    private record Drawn<T>(ExtractedReport report, T item) {}

    private final List<Drawn<Involvement>> roles = new ArrayList<>();
    private final List<Drawn<Figure>> figures = new ArrayList<>();

    public void add(ExtractedReport report) {
        Map<List<Object>, Involvement> distinct = new LinkedHashMap<>();
        for (Involvement i : report.involvements()) distinct.putIfAbsent(List.of(i.task(), i.entity(), i.role(), i.policy()), i);
        distinct.values().forEach(i -> roles.add(new Drawn<>(report, i)));
        report.figures().forEach(f -> figures.add(new Drawn<>(report, f)));
    }

    public int roleCount() { return roles.size(); }

    public int figureCount() { return figures.size(); }

    public void print(PrintWriter out, int roleCount, int figureCount, long seed) {
        // one generator per list, so that a change in one list does not redraw the other
        List<Drawn<Involvement>> r = draw(roles, roleCount, new Random(seed));
        out.printf("# %d of %d role links (seed %d)%n", r.size(), roles.size(), seed);
        for (int n = 0; n < r.size(); n++) {
            Involvement i = r.get(n).item();
            ExtractedReport rep = r.get(n).report();
            String what = i.policy().map(p -> i.entity().canonicalName() + " → 《" + p.canonicalName() + "》").orElse(i.entity().canonicalName());
            out.printf("R%02d  %-8s %s  (cue %s)  %s %s%n", n + 1, i.role().individual(), what, i.cue(), rep.source().fileName(),
                    i.task().map(t -> t.key()).orElse("-"));
            out.printf("     %s%n", marked(rep.content(), i.sentence(), i.evidence().mention().start(), i.evidence().mention().end()));
        }
        List<Drawn<Figure>> f = draw(figures, figureCount, new Random(seed));
        out.printf("%n# %d of %d figures (seed %d)%n", f.size(), figures.size(), seed);
        for (int n = 0; n < f.size(); n++) {
            Figure g = f.get(n).item();
            ExtractedReport rep = f.get(n).report();
            String reading = g.date().map(d -> "date=" + d.lexical())
                    .orElseGet(() -> "value=" + g.value().orElseThrow().toPlainString() + " unit=" + g.unit().orElseThrow()
                            + g.counts().map(c -> " counts=" + c).orElse(""));
            out.printf("F%02d  %s  %s  %s %s%n", n + 1, g.text(), reading, rep.source().fileName(), g.task().key());
            out.printf("     %s%n", marked(rep.content(), g.sentence(), g.start(), g.end()));
        }
        out.flush();
    }

    private static <T> List<T> draw(List<T> all, int count, Random random) {
        List<T> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(count, shuffled.size()));
    }

    /** The sentence on one line with [start, end) marked. */
    private static String marked(String content, Sentence s, int start, int end) {
        int from = Math.min(s.start(), start), to = Math.max(s.end(), end);
        return (content.substring(from, start) + "【" + content.substring(start, end) + "】" + content.substring(end, to))
                .replaceAll("\\s+", " ").strip();
    }
}

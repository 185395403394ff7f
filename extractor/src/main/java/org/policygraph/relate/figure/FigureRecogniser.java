package org.policygraph.relate.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.structure.ReportStructure;
import org.policygraph.structure.Sentence;
import org.policygraph.structure.Task;
import org.policygraph.structure.TaskSpans;

/**
 * Stage 6, relate: the figures each task states, sentence by sentence, with the task they lie in
 * (the innermost one). Text outside every task (a preamble, a closing paragraph) states no task's figures.
 */
public final class FigureRecogniser {
    private final DateRecogniser dates = new DateRecogniser();
    private final QuantityRecogniser quantities = new QuantityRecogniser();

    /** @param year the report's year ({@link ReportYear}), for dates written without one */
    public List<Figure> recognise(AnalysedText analysed, ReportStructure structure, OptionalInt year) {
        List<Figure> figures = new ArrayList<>();
        TaskSpans spans = structure.taskSpans();
        for (Sentence s : structure.sentences()) {
            Optional<Task> task = spans.innermostAt(s.start());
            if (task.isEmpty()) continue;
            String text = analysed.text().substring(s.start(), s.end());
            for (DateRecogniser.Found d : dates.find(text, year)) {
                figures.add(Figure.date(task.get(), s, s.start() + d.start(), d.text(), d.date()));
            }
            for (QuantityRecogniser.Found q : quantities.find(analysed, s.start(), s.end())) {
                figures.add(Figure.quantity(task.get(), s, q.start(), q.text(), q.value(), q.unit(), q.counts()));
            }
        }
        figures.sort(java.util.Comparator.comparingInt(Figure::start));
        return figures;
    }
}

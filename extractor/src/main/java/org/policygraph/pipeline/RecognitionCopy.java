package org.policygraph.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.policygraph.recognise.Mention;
import org.policygraph.recognise.hanlp.SimplifiedCopy;
import org.policygraph.relate.figure.Figure;
import org.policygraph.resolve.ResolvedMention;
import org.policygraph.structure.ReportMetadata;
import org.policygraph.structure.ReportStructure;
import org.policygraph.structure.Task;

/**
 * The text recognition reads: a report in traditional characters is read through a simplified
 * copy of the same length ({@link SimplifiedCopy}), any other report as it is. What comes back
 * is put into the original's words again: mentions, task keys and figures keep the text as
 * written at their offsets; entities keep their (simplified) canonical names and tasks their
 * simplified titles, so that both compare across reports.
 *
 * @param original the cleaned text, the report's content
 * @param text     what recognition reads: the simplified copy, or the original itself
 */
record RecognitionCopy(String original, String text) {

    static RecognitionCopy of(String original) {
        return new RecognitionCopy(original, SimplifiedCopy.of(original).orElse(original));
    }

    private boolean isCopy() {
        return !original.equals(text);
    }

    /** The original's characters where the copy's text stands at {@code at}. */
    private String originalAt(int at, String copyText) {
        return at >= 0 && text.startsWith(copyText, at) ? original.substring(at, at + copyText.length()) : copyText;
    }

    ReportStructure original(ReportStructure s) {
        if (!isCopy()) return s;
        List<Task> tasks = new ArrayList<>();
        for (Task t : s.tasks()) {
            // titles stay simplified, like canonical names: a task is found by the same words in every report
            tasks.add(new Task(t.index(), originalAt(t.start(), t.key()), t.title(), t.start(), t.end(), t.level(), t.parent()));
        }
        ReportMetadata m = s.metadata();
        ReportMetadata metadata = new ReportMetadata(m.title().map(title -> originalAt(text.indexOf(title), title)), m.date(), m.creator());
        return new ReportStructure(tasks, s.sentences(), metadata);
    }

    List<ResolvedMention> originalMentions(List<ResolvedMention> mentions) {
        if (!isCopy()) return mentions;
        List<ResolvedMention> out = new ArrayList<>(mentions.size());
        for (ResolvedMention rm : mentions) {
            Mention m = rm.mention();
            out.add(new ResolvedMention(new Mention(m.start(), m.end(), original.substring(m.start(), m.end()), m.type(),
                    m.confidence(), m.recogniser()), rm.entity()));
        }
        return out;
    }

    List<Figure> originalFigures(List<Figure> figures) {
        if (!isCopy()) return figures;
        List<Figure> out = new ArrayList<>(figures.size());
        for (Figure f : figures) {
            out.add(new Figure(f.task(), f.sentence(), f.start(), f.end(), original.substring(f.start(), f.end()),
                    f.value(), f.unit(), f.counts(), f.date()));
        }
        return out;
    }
}

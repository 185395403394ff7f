package org.policygraph.structure;

import java.util.List;
import java.util.Optional;

/** The report's tree: tasks (with parents) and sentences, in document order, and what it states about itself. */
public record ReportStructure(List<Task> tasks, List<Sentence> sentences, ReportMetadata metadata) {
    public ReportStructure {
        tasks = List.copyOf(tasks);
        sentences = List.copyOf(sentences);
    }

    /** A structure whose report states no title, date or author. */
    public ReportStructure(List<Task> tasks, List<Sentence> sentences) {
        this(tasks, sentences, ReportMetadata.NONE);
    }

    /** This structure with a title from elsewhere (a viewer's file name) when the report states none. */
    public ReportStructure orTitle(Optional<String> title) {
        if (metadata.title().isPresent() || title.isEmpty()) return this;
        return new ReportStructure(tasks, sentences, new ReportMetadata(title, metadata.date(), metadata.creator()));
    }

    /** An index of the tasks' spans, for finding the tasks at many offsets: build it once per report. */
    public TaskSpans taskSpans() {
        return new TaskSpans(tasks);
    }

    /** The innermost task whose span holds the offset (a pass over the tasks: for many offsets use {@link #taskSpans()}). */
    public Optional<Task> innermostTaskAt(int offset) {
        Task best = null;
        for (Task t : tasks) {
            if (t.contains(offset) && (best == null || t.level() > best.level())) best = t;
        }
        return Optional.ofNullable(best);
    }

    public Optional<Sentence> sentenceAt(int offset) {
        int lo = 0, hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) hi = mid - 1;
            else if (offset >= s.end()) lo = mid + 1;
            else return Optional.of(s);
        }
        return Optional.empty();
    }
}

package org.policygraph.relate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.policygraph.resolve.ResolvedMention;
import org.policygraph.structure.ReportStructure;
import org.policygraph.structure.Task;
import org.policygraph.structure.TaskSpans;

/** Stage 6, relate: links every task to every entity mentioned inside its span (so a section also links what its items mention). */
public final class TaskLinker {

    public List<TaskLink> link(ReportStructure structure, List<ResolvedMention> mentions) {
        Set<TaskLink> links = new LinkedHashSet<>();
        TaskSpans spans = structure.taskSpans();
        for (ResolvedMention rm : mentions) {
            for (Task t : spans.containing(rm.mention().start())) links.add(new TaskLink(t, rm.entity()));
        }
        return new ArrayList<>(links);
    }
}

package org.policygraph.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policygraph.Corpus;
import org.policygraph.TrainingReports;
import org.policygraph.clean.ReportTextCleaner;

/** The index of task spans answers, at every offset of real reports, what a pass over all the tasks answers. */
class TaskSpansTest {
    static Stream<String> reports() {
        return Stream.concat(Corpus.ALL.stream().map(Corpus::read), TrainingReports.all().stream().limit(6).map(TrainingReports::read))
                .map(t -> new ReportTextCleaner().clean(t).text());
    }

    @ParameterizedTest
    @MethodSource("reports")
    void containingAndInnermostAgreeWithAPassOverTheTasks(String text) {
        ReportStructure structure = new HeadingStructureParser().parse(text);
        assertTrue(structure.tasks().size() > 3);
        TaskSpans spans = structure.taskSpans();
        for (int offset = -1; offset <= text.length() + 1; offset++) {
            int at = offset;
            List<Task> all = structure.tasks().stream().filter(t -> t.contains(at)).toList();
            assertEquals(all, spans.containing(offset), "tasks holding " + offset);
            Optional<Task> innermost = structure.innermostTaskAt(offset);
            assertEquals(innermost, spans.innermostAt(offset), "innermost task at " + offset);
        }
    }
}

package org.policygraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.policygraph.query.CorpusGraph.REPORT_000;
import static org.policygraph.query.CorpusGraph.REPORT_001;
import static org.policygraph.query.CorpusGraph.REPORT_003;
import static org.policygraph.query.CorpusGraph.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The library queries rewritten to stay fast on a large store (issue 16: counts grouped on IRIs
 * before names are looked up, subqueries instead of joined OPTIONALs, the entity's own links
 * instead of every task searched for it) give, on the sample corpus, the rows of the queries as
 * they were (kept in the test resources, {@code before-issue-16/}), in the same order. Where the
 * old ORDER BY left ties in no set order and the new one breaks them, the rows are compared as a
 * whole and their order on the old keys.
 */
class SameAnswersAfterRewriteTest {
    private static QueryRunner runner;

    @BeforeAll
    static void extractCorpus() {
        runner = QueryRunner.local(CorpusGraph.tdb2());
    }

    /** Query, the variables of its old ORDER BY (empty: the old order was total), parameters as name, value, … */
    static Stream<Arguments> cases() {
        String[] none = {};
        return Stream.of(
                Arguments.of("co-mentioned-entities", List.of("tasks", "otherLabel"), new String[] {"label", "中关村科学城"}),
                Arguments.of("co-mentioned-entities", List.of("tasks", "otherLabel"), new String[] {"label", "北京市科学技术委员会"}),
                Arguments.of("co-mentioned-entities", List.of("tasks", "otherLabel"), new String[] {"label", "国家发改委"}),
                Arguments.of("co-mentioned-entities", List.of("tasks", "otherLabel"), new String[] {"label", "市委"}),
                Arguments.of("parks-and-organisations", List.of("parkLabel", "tasks", "organisationLabel"), none),
                Arguments.of("find-entities", List.of("tasks", "label"), new String[] {"word", "科学城"}),
                Arguments.of("find-entities", List.of("tasks", "label"), new String[] {"word", "北京"}),
                Arguments.of("find-entities", List.of("tasks", "label"), new String[] {"word", "大学"}),
                Arguments.of("find-entities", List.of("tasks", "label"), new String[] {"word", "委"}),
                Arguments.of("entities-shared-by-reports", List.of("type", "tasks1", "tasks2", "label"), new String[] {"report1", REPORT_000, "report2", REPORT_001}),
                Arguments.of("entities-shared-by-reports", List.of("type", "tasks1", "tasks2", "label"), new String[] {"report1", REPORT_001, "report2", REPORT_003}),
                Arguments.of("entities-shared-by-reports", List.of("type", "tasks1", "tasks2", "label"), new String[] {"report1", REPORT_003, "report2", REPORT_003}),
                Arguments.of("entity-timeline", List.of(), new String[] {"label", "中关村科学城"}),
                Arguments.of("entity-timeline", List.of(), new String[] {"label", "北京市科学技术委员会"}),
                Arguments.of("entity-timeline", List.of(), new String[] {"label", "市委"}),
                Arguments.of("entity-timeline", List.of(), new String[] {"label", "国家发改委"}),
                Arguments.of("entity-reports", List.of("name", "report", "key", "form"), new String[] {"label", "市委"}),
                Arguments.of("entity-reports", List.of("name", "report", "key", "form"), new String[] {"label", "中关村科学城"}),
                Arguments.of("entity-reports", List.of("name", "report", "key", "form"), new String[] {"label", "国家发改委"}),
                Arguments.of("reports", List.of(), none),
                Arguments.of("policies-per-task", List.of(), none),
                Arguments.of("entities-by-type", List.of(), new String[] {"type", "Park"}),
                Arguments.of("entities-by-type", List.of(), new String[] {"type", "Policy"}),
                Arguments.of("entities-by-type", List.of(), new String[] {"type", "GovernmentBody"}),
                Arguments.of("report-overview", List.of(), new String[] {"report", REPORT_000}),
                Arguments.of("report-overview", List.of(), new String[] {"report", REPORT_003}),
                Arguments.of("link-evidence", List.of(), new String[] {"key", "第61项", "label", "北京工业大学"}),
                Arguments.of("link-evidence", List.of(), new String[] {"key", "一、", "label", "中关村科学城"}),
                Arguments.of("link-evidence", List.of(), new String[] {"key", "第65项", "label", "中关村科学城"}),
                Arguments.of("task-figures", List.of(), new String[] {"key", "第48项"}),
                Arguments.of("task-figures", List.of(), new String[] {"key", "一、"}),
                Arguments.of("tasks-by-title-word", List.of(), new String[] {"word", "科技成果转化"}),
                Arguments.of("tasks-by-title-word", List.of(), new String[] {"word", "创新"}),
                Arguments.of("tasks-by-title-word", List.of(), new String[] {"word", "中关村"}));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("cases")
    void theRewrittenQueryGivesTheOldRows(String name, List<String> oldOrder, String[] params) throws IOException {
        NamedQuery before = NamedQuery.of(name, name.equals("task-figures") ? figuresOnly(old(name)) : old(name));
        List<Map<String, String>> expected = run(runner, before, params);
        List<Map<String, String>> actual = run(runner, name, params);
        assertFalse(expected.isEmpty(), "the corpus answers " + name + " " + Arrays.toString(params));
        if (oldOrder.isEmpty()) {
            assertEquals(expected, actual);
        } else {
            assertEquals(sorted(expected), sorted(actual));
            assertEquals(keys(expected, oldOrder), keys(actual, oldOrder), "in the old order");
        }
    }

    private static List<String> sorted(List<Map<String, String>> rows) {
        List<String> s = new ArrayList<>(rows.stream().map(Map::toString).toList());
        s.sort(Comparator.naturalOrder());
        return s;
    }

    private static List<List<String>> keys(List<Map<String, String>> rows, List<String> vars) {
        return rows.stream().map(r -> vars.stream().map(v -> String.valueOf(r.get(v))).toList()).toList();
    }

    /**
     * task-figures once listed the mentions in the task as well as its figures (a mention has a
     * task, text, start and sentence too); it now lists the figures only, as it says.
     */
    private static String figuresOnly(String oldTaskFigures) {
        String pattern = "?f pg:task/pg:parent* ?task ;";
        if (!oldTaskFigures.contains(pattern)) throw new IllegalStateException("the old task-figures changed");
        return oldTaskFigures.replace(pattern, "?f a pg:Figure ; pg:task/pg:parent* ?task ;");
    }

    static String old(String name) throws IOException {
        try (InputStream in = SameAnswersAfterRewriteTest.class.getResourceAsStream("before-issue-16/" + name + ".rq")) {
            if (in == null) throw new IOException("no old form of " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

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
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The library queries that once joined independent OPTIONALs (tasks × reports × … rows per
 * entity, a quadratic blow-up on a large store) now put them side by side in a UNION: on the
 * sample corpus they give exactly the rows, in the order, of the queries as they were (kept in
 * the test resources, {@code joined-optionals/}).
 */
class NoRowBlowUpTest {
    private static QueryRunner runner;

    @BeforeAll
    static void extractCorpus() {
        runner = QueryRunner.local(CorpusGraph.tdb2());
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("entities-by-type", new String[] {"type", "Park"}),
                Arguments.of("entities-by-type", new String[] {"type", "Policy"}),
                Arguments.of("entities-shared-by-reports", new String[] {"report1", REPORT_000, "report2", REPORT_001}),
                Arguments.of("entities-shared-by-reports", new String[] {"report1", REPORT_001, "report2", REPORT_003}),
                Arguments.of("entity-timeline", new String[] {"label", "中关村科学城"}),
                Arguments.of("entity-timeline", new String[] {"label", "北京市科学技术委员会"}),
                Arguments.of("report-overview", new String[] {"report", REPORT_000}),
                Arguments.of("report-overview", new String[] {"report", REPORT_003}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theUnionGivesTheRowsOfTheJoinedOptionals(String name, String[] params) throws IOException {
        List<Map<String, String>> expected = run(runner, NamedQuery.of(name, joined(name)), params);
        assertFalse(expected.isEmpty(), "the corpus answers " + name);
        assertEquals(expected, run(runner, name, params));
    }

    private static String joined(String name) throws IOException {
        try (InputStream in = NoRowBlowUpTest.class.getResourceAsStream("joined-optionals/" + name + ".rq")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

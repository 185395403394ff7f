package org.policygraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policygraph.query.CorpusGraph.REPORT_000;
import static org.policygraph.query.CorpusGraph.REPORT_001;
import static org.policygraph.query.CorpusGraph.REPORT_003;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Where queries run (TDB2, any in-memory dataset, a Fuseki endpoint) and how answers are written. */
class QueryRunnerTest {
    private static QueryRunner tdb2;
    private static QueryRunner inMemory;
    private static FusekiServer fuseki;
    private static QueryRunner remote;

    @BeforeAll
    static void start() {
        tdb2 = QueryRunner.local(CorpusGraph.tdb2());
        inMemory = QueryRunner.local(CorpusGraph.inMemoryCopy());
        // a Fuseki service configured as serve configures it: TDB2 with the union default graph
        DatasetGraph served = DatabaseMgr.createDatasetGraph();
        CorpusGraph.copyInto(served);
        served.getContext().set(TDB2.symUnionDefaultGraph, true);
        fuseki = FusekiServer.create().port(0).loopback(true).add("/corpus", served).build().start();
        remote = QueryRunner.remote("http://localhost:" + fuseki.getHttpPort() + "/corpus/sparql");
    }

    @AfterAll
    static void stop() {
        if (fuseki != null) fuseki.stop();
    }

    static Stream<NamedQuery> bundled() {
        return QueryLibrary.bundled().all().stream();
    }

    /** The query bound to the examples its header gives. */
    private static Query withExamples(NamedQuery q) {
        QueryParameters params = QueryParameters.none();
        for (QueryParam p : q.params()) params = params.with(p.name(), p.example().orElseThrow());
        return params.bind(q);
    }

    /** Rows as text, sorted, with the parts of GROUP_CONCAT lists sorted: the same answer whatever the store's order. */
    private static List<String> answer(QueryRunner runner, Query query) {
        List<String> rows = new ArrayList<>();
        for (Map<String, String> r : CorpusGraph.rows(runner.select(query))) {
            rows.add(r.entrySet().stream().map(e -> e.getKey() + "=" + Arrays.stream(e.getValue().split("; ")).sorted().collect(Collectors.joining("; ")))
                    .collect(Collectors.joining(" | ")));
        }
        rows.sort(null);
        return rows;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundled")
    void everyQueryAnswersItsExample(NamedQuery q) {
        assertFalse(answer(tdb2, withExamples(q)).isEmpty(), q.name() + " with its header's examples finds nothing");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundled")
    void anyInMemoryDatasetGivesTheSameAnswerAsTdb2(NamedQuery q) {
        assertEquals(answer(tdb2, withExamples(q)), answer(inMemory, withExamples(q)), q.name());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundled")
    void aFusekiEndpointGivesTheSameAnswer(NamedQuery q) {
        assertEquals(answer(tdb2, withExamples(q)), answer(remote, withExamples(q)), q.name());
    }

    @Test
    void anInjectionAttemptSentToAnEndpointChangesNothing() {
        Query q = QueryParameters.none().with("label", "\" } ; DROP ALL #").bind(QueryLibrary.bundled().get("tasks-mentioning-entity"));
        assertFalse(remote.select(q).hasNext());
        assertEquals(3, CorpusGraph.rows(remote.select(withExamples(QueryLibrary.bundled().get("reports")))).size());
    }

    @Test
    void writesATable() {
        String table = write(ResultFormat.TABLE, "reports");
        assertTrue(table.contains("| report") && table.contains("| tasks"), table);
        assertTrue(table.contains("\"" + REPORT_000 + "\""), table);
        // IRIs shortened with the query's prefixes
        String types = new String(writeBytes(ResultFormat.TABLE, QueryParameters.none().with("report", REPORT_000)
                .bind(QueryLibrary.bundled().get("report-overview"))), StandardCharsets.UTF_8);
        assertTrue(types.contains("pg:Park"), types);
    }

    @Test
    void writesCsv() {
        List<String> lines = write(ResultFormat.CSV, "reports").lines().toList();
        assertEquals("report,tasks,entities,mentions", lines.get(0));
        assertEquals(List.of(REPORT_000, REPORT_001, REPORT_003), lines.subList(1, lines.size()).stream().map(l -> l.split(",")[0]).toList());
    }

    @Test
    void writesSparqlJson() {
        byte[] json = writeBytes(ResultFormat.JSON, withExamples(QueryLibrary.bundled().get("reports")));
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(json), ResultSetLang.RS_JSON);
        assertEquals(List.of("report", "tasks", "entities", "mentions"), rs.getResultVars());
        assertEquals(3, CorpusGraph.rows(rs.rewindable()).size());
    }

    @Test
    void writesAnAskAnswer() {
        Query ask = QueryFactory.create("PREFIX pg: <https://w3id.org/policygraph/ontology#> ASK { ?r pg:fileName \"" + REPORT_000 + "\" }");
        assertTrue(tdb2.ask(ask));
        assertTrue(new String(writeBytes(ResultFormat.JSON, ask), StandardCharsets.UTF_8).contains("true"));
    }

    @Test
    void opensATdb2Folder(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("tdb2");
        Dataset created = TDB2Factory.connectDataset(db.toString());
        CorpusGraph.copyInto(created.asDatasetGraph());
        QueryRunner runner = QueryRunner.tdb2(db);
        assertTrue(runner.source().contains(db.toString()));
        assertEquals(3, CorpusGraph.rows(runner.select(withExamples(QueryLibrary.bundled().get("reports")))).size());
    }

    @Test
    void aFolderWithoutADatabaseIsNotCreated(@TempDir Path dir) {
        Path missing = dir.resolve("tdb2");
        assertThrows(NoSuchFileException.class, () -> QueryRunner.tdb2(missing));
        assertFalse(Files.exists(missing));
        assertThrows(NoSuchFileException.class, () -> QueryRunner.tdb2(dir));
    }

    @Test
    void anEndpointMustBeAnHttpUrl() {
        assertThrows(IllegalArgumentException.class, () -> QueryRunner.remote("localhost:3030/ds"));
        assertThrows(IllegalArgumentException.class, () -> QueryRunner.remote("file:///etc/passwd"));
    }

    private static String write(ResultFormat format, String queryName) {
        return new String(writeBytes(format, withExamples(QueryLibrary.bundled().get(queryName))), StandardCharsets.UTF_8);
    }

    private static byte[] writeBytes(ResultFormat format, Query query) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        tdb2.write(query, format, out);
        return out.toByteArray();
    }
}

package org.policygraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.query.QueryLibrary;

/** {@code policygraph query}, driven through picocli with captured output, on a small TDB2 database. */
class QueryCommandTest {
    /** One report, one task, one park, one mention, as the extractor writes them. */
    private static final String TRIG = """
            PREFIX pg:   <https://w3id.org/policygraph/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX id:   <https://w3id.org/policygraph/id/>
            <https://w3id.org/policygraph/id/report/r.txt> {
              <https://w3id.org/policygraph/id/report/r.txt> a pg:Report ; pg:fileName "r.txt" ; pg:content "第65项:中关村科学城要强化创新策源地能力建设。" ;
                  pg:mentions <https://w3id.org/policygraph/id/park/中关村科学城> .
              <https://w3id.org/policygraph/id/report/r.txt/task/1> a pg:Task ; pg:report <https://w3id.org/policygraph/id/report/r.txt> ;
                  pg:key "第65项" ; pg:title "中关村科学城要强化创新策源地能力建设" ; pg:order 1 ;
                  pg:mentions <https://w3id.org/policygraph/id/park/中关村科学城> .
              <https://w3id.org/policygraph/id/park/中关村科学城> a pg:Park ; skos:prefLabel "中关村科学城"@zh .
              <https://w3id.org/policygraph/id/report/r.txt/mention/6-12> a pg:Mention ; pg:entity <https://w3id.org/policygraph/id/park/中关村科学城> ;
                  pg:report <https://w3id.org/policygraph/id/report/r.txt> ; pg:task <https://w3id.org/policygraph/id/report/r.txt/task/1> ;
                  pg:text "中关村科学城" ; pg:start 6 ; pg:end 12 .
            }
            """;

    @TempDir
    static Path dir;
    static Path database;

    @BeforeAll
    static void buildDatabase() {
        database = dir.resolve("tdb2");
        Dataset ds = TDB2Factory.connectDataset(database.toString());
        Txn.executeWrite(ds, () -> RDFParser.create().source(new StringReader(TRIG)).lang(Lang.TRIG).parse(ds.asDatasetGraph()));
    }

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PolicyGraphCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void listsTheQueriesWithTheirParameters() {
        Run r = run("query", "--list");
        assertEquals(0, r.exit(), r.err());
        for (String name : QueryLibrary.bundled().names()) assertTrue(r.out().contains(name + " — "), name);
        assertTrue(r.out().contains("--param label=…  (zh)"), r.out());
        assertTrue(r.out().contains("Tasks that mention an entity"), r.out());
    }

    @Test
    void runsAQueryOnTheLocalDatabase() {
        Run r = run("query", "tasks-mentioning-entity", "--param", "label=中关村科学城", "--data", database.toString(), "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("report,key,title,entity", lines.get(0));
        assertTrue(lines.get(1).startsWith("r.txt,第65项,中关村科学城要强化创新策源地能力建设,"), r.out());
    }

    @Test
    void writesATableByDefault() {
        Run r = run("query", "entities-by-type", "-p", "type=Park", "--data", database.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("| label") && r.out().contains("\"中关村科学城\"@zh"), r.out());
        Run json = run("query", "reports", "--data", database.toString(), "--format", "JSON");
        assertTrue(json.out().contains("\"vars\"") && json.out().contains("r.txt"), json.out());
    }

    @Test
    void anInjectionAttemptIsJustALabel() {
        Run r = run("query", "tasks-mentioning-entity", "--param", "label=\" } ; DROP ALL #", "--data", database.toString(), "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("report,key,title,entity"), r.out().lines().toList());
        assertTrue(run("query", "reports", "--data", database.toString(), "--format", "csv").out().contains("r.txt"));
    }

    @Test
    void showsTheBoundQuery() {
        Run r = run("query", "link-evidence", "-p", "key=第65项", "-p", "label=中关村科学城", "--show");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"第65项\"") && r.out().contains("\"中关村科学城\"@zh"), r.out());
        assertFalse(r.out().contains("?label"), r.out());
    }

    @Test
    void aMissingParameterNamesTheQuerysParameters() {
        Run r = run("query", "link-evidence", "--param", "key=第61项", "--data", database.toString());
        assertEquals(ExitCodes.USAGE, r.exit());
        assertTrue(r.err().contains("label (zh)") && r.err().contains("key (string)") && r.err().contains("--param NAME=VALUE"), r.err());
    }

    @Test
    void anUnknownParameterOrQueryIsAUsageError() {
        Run param = run("query", "tasks-mentioning-entity", "--param", "lable=中关村科学城", "--data", database.toString());
        assertEquals(ExitCodes.USAGE, param.exit());
        assertTrue(param.err().contains("no parameter lable"), param.err());
        Run query = run("query", "no-such-query");
        assertEquals(ExitCodes.USAGE, query.exit());
        assertTrue(query.err().contains("no query named no-such-query") && query.err().contains("--list"), query.err());
        Run type = run("query", "entities-by-type", "--param", "type=Parks", "--data", database.toString());
        assertEquals(ExitCodes.USAGE, type.exit());
        assertTrue(type.err().contains("GovernmentBody"), type.err());
        assertEquals(ExitCodes.USAGE, run("query", "reports", "--format", "xml").exit());
        assertEquals(ExitCodes.USAGE, run("query", "reports", "--endpoint", "http://localhost:1/x", "--data", database.toString()).exit());
        assertEquals(ExitCodes.USAGE, run("query").exit());
        assertEquals(ExitCodes.USAGE, run("query", "tasks-mentioning-entity", "--param", "label", "--data", database.toString()).exit());
    }

    @Test
    void aMissingDatabaseSaysHowToBuildIt() {
        Path missing = dir.resolve("nothing-here");
        Run r = run("query", "reports", "--data", missing.toString());
        assertEquals(ExitCodes.FAILED, r.exit());
        assertTrue(r.err().contains("no TDB2 database at " + missing) && r.err().contains("policygraph serve"), r.err());
        assertFalse(Files.exists(missing), "not created");
    }

    @Test
    void anUnreachableEndpointIsAFailure() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Run r = run("query", "reports", "--endpoint", "http://localhost:" + port + "/policygraph/sparql");
        assertEquals(ExitCodes.FAILED, r.exit());
        assertTrue(r.err().contains("http://localhost:" + port), r.err());
    }

    @Test
    void runsAnRqFileWithTheSameHeader() throws Exception {
        Path file = dir.resolve("parks.rq");
        Files.writeString(file, """
                # title: Parks
                # description: Every park's label.
                # param: word (string) — part of a name, e.g. 科学城
                PREFIX pg:   <https://w3id.org/policygraph/ontology#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?label { ?p a pg:Park ; skos:prefLabel ?label FILTER(CONTAINS(STR(?label), ?word)) }
                """);
        Run r = run("query", file.toString(), "-p", "word=科学城", "--data", database.toString(), "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("label", "中关村科学城"), r.out().lines().toList());
    }
}

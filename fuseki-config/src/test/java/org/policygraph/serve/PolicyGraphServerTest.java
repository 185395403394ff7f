package org.policygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.auth.AdminCredentials;
import org.policygraph.query.QueryLibrary;
import org.policygraph.query.QueryParameters;
import org.policygraph.query.QueryRunner;

/** End to end: the real corpus in TDB2 on disk with its text index, served by Fuseki on a free port, asked over HTTP. */
class PolicyGraphServerTest {
    private static final String PG = "PREFIX pg: <https://w3id.org/policygraph/ontology#>\n";
    private static final String TEXT = "PREFIX text: <http://jena.apache.org/text#>\n";
    private static final String REPORT_000 = "000_28d4d448e5e08362.txt";
    private static final String REPORT_001 = "001_43f4887ca2300bf0.txt";

    private static ServedCorpus served;

    @BeforeAll
    static void start() {
        served = ServedCorpus.start();
    }

    @AfterAll
    static void stop() {
        if (served != null) served.close();
    }

    @Test
    void sparqlWithoutGraphSeesEveryReport() {
        assertEquals(3, Http.count(served.sparql(), PG + "SELECT (COUNT(?r) AS ?n) { ?r a pg:Report }"));
    }

    @Test
    void aKnownTaskIsThere() {
        JsonArray rows = Http.select(served.sparql(), PG + "SELECT ?t ?title { ?t a pg:Task ; pg:key \"第61项\" ; pg:title ?title }");
        assertTrue(rows.size() >= 1, "task 第61项 is in the graph");
    }

    @Test
    void theQueryEndpointsAnswerToo() {
        String q = PG + "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?r a pg:Report } }";
        assertEquals(3, Http.count(served.endpoint("query"), q), "one named graph per report");
        assertEquals(3, Http.count(served.server().datasetUrl(), q), "the dataset's own URL takes ?query=");
    }

    @Test
    void textSearchFindsTheTasksThatMentionAWordWithReportAndSentence() throws Exception {
        var named = QueryLibrary.readFile(Path.of("text-search.rq"));
        ResultSetRewindable results = QueryRunner.remote(served.sparql()).select(QueryParameters.of(Map.of("words", "集成电路")).bind(named));
        List<Map<String, String>> rows = rows(results);
        assertFalse(rows.isEmpty());
        // 000: "第72项:重点发展集成电路产业,…" and its "工作进展:1.开展集成电路设计产业人才情况调研,…"
        assertTrue(rows.stream().anyMatch(r -> r.get("report").equals(REPORT_000) && r.get("key").equals("第72项")
                && r.get("sentence").startsWith("工作进展:1.开展集成电路设计产业人才情况调研")), rows.toString());
        // 001: "(二十七)特色创新园—中关村集成电路设计园"
        assertTrue(rows.stream().anyMatch(r -> r.get("report").equals(REPORT_001) && r.get("title").contains("中关村集成电路设计园")), rows.toString());
        assertTrue(rows.stream().allMatch(r -> r.get("sentence").contains("集成电路") && r.get("task").startsWith("https://")), rows.toString());
    }

    @Test
    void textSearchWorksThroughTheUnionGraphAndInsideOneReportsGraph() {
        String label = TEXT + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                + "SELECT (COUNT(*) AS ?n) { (?e ?score ?label ?g) text:query (skos:prefLabel '\"中关村集成电路设计园\"') }";
        // the park is named in two reports: one index entry per report graph (a quoted phrase: its words in that order)
        assertEquals(2, Http.count(served.sparql(), label));
        String inOneGraph = TEXT + PG + "SELECT (COUNT(*) AS ?n) { GRAPH <https://w3id.org/policygraph/id/report/" + REPORT_001 + "> "
                + "{ ?s text:query (pg:title '集成电路') } }";
        assertEquals(1, Http.count(served.sparql(), inOneGraph), "001 has one task heading with 集成电路");
    }

    @Test
    void anonymousWritesAreRefusedWith401AndChangeNothing() {
        long before = Http.quads(served.sparql());
        HttpResponse<String> update = Http.update(served.endpoint("update"), "DROP ALL", null);
        assertEquals(401, update.statusCode(), update.body());
        assertTrue(update.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), update.headers().toString());
        HttpResponse<String> put = Http.send("PUT", served.endpoint("data") + "?graph=" + Http.encode("https://example.org/anonymous"),
                "application/n-triples", "<https://example.org/s> <https://example.org/p> \"anonymous\" .\n", null);
        assertEquals(401, put.statusCode());
        HttpResponse<String> wrongPassword = Http.update(served.endpoint("update"), "DROP ALL", AdminCredentials.of("not-the-password"));
        assertEquals(401, wrongPassword.statusCode());
        // neither the query endpoints nor the read-only graph endpoints take a write, not even the admin's
        assertTrue(Http.update(served.sparql(), "DROP ALL", ServedCorpus.ADMIN).statusCode() >= 400);
        assertTrue(Http.update(served.server().datasetUrl(), "DROP ALL", null).statusCode() >= 400);
        assertTrue(Http.send("POST", served.server().datasetUrl(), "application/n-triples", "<https://example.org/s> <https://example.org/p> \"x\" .\n", null).statusCode() >= 400);
        assertTrue(Http.send("PUT", served.endpoint("get") + "?graph=" + Http.encode("https://example.org/anonymous"), "application/n-triples",
                "<https://example.org/s> <https://example.org/p> \"x\" .\n", ServedCorpus.ADMIN).statusCode() >= 400);
        assertEquals(before, Http.quads(served.sparql()));
    }

    @Test
    void theAdminWritesWithUpdateAndTheGraphStoreProtocolAndTheTextIndexFollows() {
        String graph = "https://example.org/admin-test";
        String find = TEXT + PG + "SELECT (COUNT(*) AS ?n) { ?t text:query (pg:title '量子计算') }";
        long before = Http.quads(served.sparql());

        HttpResponse<String> insert = Http.update(served.endpoint("update"),
                PG + "INSERT DATA { GRAPH <" + graph + "> { <https://example.org/task> pg:title \"推进量子计算研究\" } }", ServedCorpus.ADMIN);
        assertEquals(204, insert.statusCode(), insert.body());
        assertEquals(1, Http.count(served.sparql(), find));

        HttpResponse<String> put = Http.send("PUT", served.endpoint("data") + "?graph=" + Http.encode(graph), "text/turtle",
                "<https://example.org/task> <https://w3id.org/policygraph/ontology#title> \"建设人工智能平台\" .", ServedCorpus.ADMIN);
        assertTrue(put.statusCode() == 200 || put.statusCode() == 204, put.statusCode() + " " + put.body());
        assertEquals(0, Http.count(served.sparql(), find), "the PUT replaced the graph, and its text");
        assertEquals(1, Http.count(served.sparql(), TEXT + PG + "SELECT (COUNT(*) AS ?n) { ?t text:query (pg:title '人工智能') }"));

        HttpResponse<String> delete = Http.delete(served.endpoint("data") + "?graph=" + Http.encode(graph), ServedCorpus.ADMIN);
        assertTrue(delete.statusCode() == 200 || delete.statusCode() == 204, String.valueOf(delete.statusCode()));
        assertEquals(before, Http.quads(served.sparql()));
    }

    @Test
    void graphsAreReadOpenlyAtGetWhileDataAsksForTheAdmin() {
        String report = Http.encode("https://w3id.org/policygraph/id/report/" + REPORT_000);
        HttpResponse<String> open = Http.get(served.endpoint("get") + "?graph=" + report, "application/n-triples");
        assertEquals(200, open.statusCode());
        assertTrue(open.body().contains("第72项"));
        assertEquals(401, Http.get(served.endpoint("data") + "?graph=" + report, "application/n-triples").statusCode());
    }

    @Test
    void theServerListsItsEndpoints() {
        String dataset = served.server().datasetUrl();
        assertEquals(dataset + "/sparql", served.sparql());
        assertEquals(List.of(dataset + "/query", dataset + "/sparql", dataset), served.server().endpointUrls(org.apache.jena.fuseki.server.Operation.Query));
        assertEquals(List.of(dataset + "/data", dataset + "/update"), served.server().writeUrls());
    }

    @Test
    void theFusekiUiIsServed() {
        assertTrue(served.server().hasUi(), "jena-fuseki-ui is on the classpath");
        HttpResponse<String> index = Http.get(served.server().serverUrl(), "text/html");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("Fuseki"), index.body());
        // the UI lists datasets and their endpoints from /$/server, and polls /$/ping
        HttpResponse<String> status = Http.get(served.server().serverUrl() + "$/server", "application/json");
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("/policygraph"), status.body());
        assertEquals(200, Http.get(served.server().serverUrl() + "$/ping", "text/plain").statusCode());
    }

    private static List<Map<String, String>> rows(ResultSetRewindable results) {
        List<Map<String, String>> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution s = results.next();
            Map<String, String> row = new LinkedHashMap<>();
            results.getResultVars().forEach(v -> {
                if (s.get(v) != null) row.put(v, s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm() : s.get(v).toString());
            });
            rows.add(row);
        }
        return rows;
    }
}

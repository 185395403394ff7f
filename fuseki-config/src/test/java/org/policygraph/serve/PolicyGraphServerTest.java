package org.policygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.load.IncrementalLoader;
import org.policygraph.load.LoadListener;
import org.policygraph.load.LoadResult;
import org.policygraph.load.TestCorpus;
import org.policygraph.pipeline.ExtractorSettings;

/** End to end: the real corpus extracted into TDB2 on disk and served by Fuseki on a free port, asked over HTTP. */
class PolicyGraphServerTest {
    private static final String PG = "PREFIX pg: <https://w3id.org/policygraph/ontology#>\n";
    private static final HttpClient http = HttpClient.newHttpClient();

    private static Path data;
    private static PolicyGraphServer server;

    @BeforeAll
    static void start() throws IOException {
        data = Files.createTempDirectory("policygraph-serve-test");
        server = PolicyGraphServer.open(ServerSettings.of(0, data));
        LoadResult loaded = new IncrementalLoader(server.store(), TestCorpus::extractor, ExtractorSettings.defaults())
                .load(List.of(TestCorpus.folder()), LoadListener.SILENT);
        assertEquals(3, loaded.extracted().size());
        server.start();
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) server.close();
        try (var files = Files.walk(data)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void sparqlWithoutGraphSeesEveryReport() throws Exception {
        JsonArray rows = select(server.sparqlUrl(), PG + "SELECT (COUNT(?r) AS ?n) { ?r a pg:Report }");
        assertEquals("3", value(rows.get(0).getAsObject(), "n"));
    }

    @Test
    void aKnownTaskIsThere() throws Exception {
        JsonArray rows = select(server.sparqlUrl(),
                PG + "SELECT ?t ?title { ?t a pg:Task ; pg:key \"第61项\" ; pg:title ?title }");
        assertTrue(rows.size() >= 1, "task 第61项 is in the graph");
    }

    @Test
    void theQueryEndpointAnswersToo() throws Exception {
        String queryUrl = server.serverUrl() + ServerSettings.DEFAULT_DATASET + "/query";
        JsonArray rows = select(queryUrl, PG + "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?r a pg:Report } }");
        assertEquals("3", value(rows.get(0).getAsObject(), "n"), "one named graph per report");
    }

    @Test
    void updatesAreRefused() throws Exception {
        HttpRequest update = HttpRequest.newBuilder(URI.create(server.serverUrl() + ServerSettings.DEFAULT_DATASET + "/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build();
        int status = http.send(update, HttpResponse.BodyHandlers.discarding()).statusCode();
        assertTrue(status >= 400, "status " + status);
        JsonArray rows = select(server.sparqlUrl(), PG + "SELECT (COUNT(?r) AS ?n) { ?r a pg:Report }");
        assertEquals("3", value(rows.get(0).getAsObject(), "n"));
    }

    @Test
    void theFusekiUiIsServed() throws Exception {
        assertTrue(server.hasUi(), "jena-fuseki-ui is on the classpath");
        HttpResponse<String> index = get(server.serverUrl(), "text/html");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("Fuseki"), index.body());
        // the UI lists datasets and their endpoints from /$/server, and polls /$/ping
        HttpResponse<String> status = get(server.serverUrl() + "$/server", "application/json");
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("/" + ServerSettings.DEFAULT_DATASET), status.body());
        assertEquals(200, get(server.serverUrl() + "$/ping", "text/plain").statusCode());
    }

    private static JsonArray select(String endpoint, String query) throws IOException, InterruptedException {
        String url = endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        HttpResponse<String> r = get(url, "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        JsonObject json = JSON.parse(r.body());
        return json.get("results").getAsObject().get("bindings").getAsArray();
    }

    private static HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String value(JsonObject row, String var) {
        return row.get(var).getAsObject().get("value").getAsString().value();
    }
}

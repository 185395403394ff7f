package org.policygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A query that runs past the configured timeout is cancelled and the client is told; the server goes on answering. */
class QueryTimeoutTest {
    /** Every triple with every triple with every triple: about 10^12 rows to count over the corpus. */
    private static final String SLOW = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    @TempDir
    Path temp;

    @Test
    void theBundledConfigurationGivesEveryQueryEndpointThirtySeconds() {
        String config = ServedCorpus.bundledConfig();
        long endpoints = config.lines().filter(l -> l.contains("fuseki:operation fuseki:query")).count();
        long timeouts = config.lines().filter(l -> l.contains("ja:cxtName \"arq:queryTimeout\" ; ja:cxtValue \"30000\"")).count();
        assertEquals(3, endpoints);
        assertEquals(endpoints, timeouts);
    }

    @Test
    void aQueryOverTheTimeoutIsCancelledAndTheClientGetsAnError() {
        Path config = ServedCorpus.editedConfig(temp, "\"30000\"", "\"1000\"");
        try (ServedCorpus served = ServedCorpus.start(config)) {
            long start = System.nanoTime();
            HttpResponse<String> slow = Http.get(served.sparql() + "?query=" + URLEncoder.encode(SLOW, StandardCharsets.UTF_8),
                    "application/sparql-results+json");
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertEquals(503, slow.statusCode(), slow.body());
            assertTrue(slow.body().contains("timed out"), slow.body());
            assertTrue(seconds < 20, "cancelled after the timeout, not run to the end: " + seconds + " s");
            assertEquals(3, Http.count(served.sparql(), "PREFIX pg: <https://w3id.org/policygraph/ontology#> SELECT (COUNT(*) AS ?n) { ?r a pg:Report }"),
                    "the server still answers");
        }
    }
}

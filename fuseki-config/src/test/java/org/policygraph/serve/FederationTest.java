package org.policygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SERVICE when the configuration allows it: only to the endpoints of its allow-list, and never
 * for longer than its timeouts, themselves bounded by the query timeout. The remote endpoints are
 * loopback sockets that accept and never answer; with 30 queries waiting on one, another client
 * is still answered at once.
 */
class FederationTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    /** The bundled configuration with SERVICE allowed to {@code allowed} on every query endpoint. */
    private Path federated(String queryTimeout, String allowed, String readTimeout) {
        return ServedCorpus.editedConfig(temp, "ja:cxtValue \"30000\" ]", "ja:cxtValue \"" + queryTimeout + "\" ] ;\n"
                + "  ja:context [ ja:cxtName \"arq:httpServiceAllowed\" ; ja:cxtValue \"true\" ] ;\n"
                + "  ja:context [ ja:cxtName \"https://w3id.org/policygraph/server#serviceAllowList\" ; ja:cxtValue \"" + allowed + "\" ] ;\n"
                + "  ja:context [ ja:cxtName \"arq:httpQueryTimeout\" ; ja:cxtValue \"" + readTimeout + "\" ]");
    }

    private static RawHttp.Answer ask(String from, int port, String query) {
        return RawHttp.send(from, port, RawHttp.queryRequest("/policygraph/sparql", query), PATIENCE);
    }

    @Test
    void onlyTheEndpointsOfTheAllowListAreCalled() throws Exception {
        try (SilentEndpoint allowed = new SilentEndpoint(); SilentEndpoint other = new SilentEndpoint();
             ServedCorpus served = ServedCorpus.start(federated("30000", allowed.url(), "1000"))) {
            int port = served.server().port();
            RawHttp.Answer refused = ask("127.0.0.1", port, "SELECT * { SERVICE <" + other.url() + "> { ?s ?p ?o } }");
            assertEquals(400, refused.status(), refused.body());
            assertTrue(refused.body().contains("not among the endpoints"), refused.body());
            RawHttp.Answer late = ask("127.0.0.1", port, "SELECT * { BIND(<" + other.url() + "> AS ?e) SERVICE ?e { ?s ?p ?o } }");
            assertEquals(400, late.status(), "a variable bound at run time to an endpoint not allowed: " + late.body());
            assertEquals(0, other.connections(), "no connection to an endpoint off the list");

            RawHttp.Answer called = ask("127.0.0.1", port, "SELECT * { SERVICE <" + allowed.url() + "> { ?s ?p ?o } }");
            assertEquals(504, called.status(), called.body());
            assertTrue(called.body().contains("did not answer within 1000 ms"), called.body());
            assertTrue(allowed.connections() >= 1, "the allowed endpoint was called");
        }
    }

    @Test
    void thirtySlowServiceQueriesDoNotStopTheServerAnsweringAnother() throws Exception {
        try (SilentEndpoint silent = new SilentEndpoint();
             ServedCorpus served = ServedCorpus.start(federated("30000", silent.url(), "5000"))) {
            int port = served.server().port();
            ExecutorService pool = Executors.newFixedThreadPool(30);
            try {
                List<Future<RawHttp.Answer>> slow = new ArrayList<>();
                for (int c = 1; c <= 30; c++) {
                    String from = RawHttp.client(c);
                    slow.add(pool.submit(() -> ask(from, port, "SELECT * { SERVICE <" + silent.url() + "> { ?s ?p ?o } }")));
                }
                long waitUntil = System.nanoTime() + Duration.ofSeconds(4).toNanos();
                while (silent.connections() < 30 && System.nanoTime() < waitUntil) Thread.sleep(50);
                assertEquals(30, silent.connections(), "all 30 queries are waiting on the silent endpoint");

                RawHttp.Answer other = ask("127.0.0.2", port, "ASK {}");
                assertEquals(200, other.status(), other.body());
                assertTrue(other.took().compareTo(Duration.ofSeconds(2)) < 0, "answered in " + other.took());

                for (Future<RawHttp.Answer> f : slow) {
                    RawHttp.Answer a = f.get();
                    assertEquals(504, a.status(), a.body());
                    assertTrue(a.took().compareTo(Duration.ofSeconds(15)) < 0, "the 5 s read timeout ended it: " + a.took());
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void theQueryTimeoutBoundsTheServiceCall() throws Exception {
        try (SilentEndpoint silent = new SilentEndpoint();
             ServedCorpus served = ServedCorpus.start(federated("2000", silent.url(), "60000"))) {
            RawHttp.Answer a = ask("127.0.0.1", served.server().port(), "SELECT * { SERVICE <" + silent.url() + "> { ?s ?p ?o } }");
            assertTrue(a.status() == 504 || a.status() == 503, a.status() + " " + a.body());
            assertTrue(a.took().compareTo(Duration.ofSeconds(6)) < 0, "a 60 s read timeout cut to the 2 s query timeout: " + a.took());
        }
    }
}

package org.policygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The server as an attacker meets it, with the bundled configuration: the corpus served on a
 * free port, probed over HTTP, each probe a test. SERVICE is refused without the server opening a
 * connection; bad input of every kind, and a refused login, is a 4xx with one line; slow clients
 * cannot take the threads others need, and a body that trickles is cut off; the server's statistics are for the admin. ({@link FederationTest}: SERVICE when
 * the configuration allows it.)
 */
class PublicEndpointSecurityTest {
    private static final String PG = "PREFIX pg: <https://w3id.org/policygraph/ontology#>\n";
    private static final String TEXT = "PREFIX text: <http://jena.apache.org/text#>\n";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static ServedCorpus served;
    private static int port;

    @BeforeAll
    static void start() {
        served = ServedCorpus.start();
        port = served.server().port();
    }

    @AfterAll
    static void stop() {
        if (served != null) served.close();
    }

    private static RawHttp.Answer ask(String from, String query) {
        return RawHttp.send(from, port, RawHttp.queryRequest("/policygraph/sparql", query), PATIENCE);
    }

    /** One line of text: no stack trace, no echo of a multi-line query. */
    private static void assertOneLine(RawHttp.Answer a) {
        String body = a.body().strip();
        assertFalse(body.isEmpty(), a.head());
        assertFalse(body.contains("\n"), "one line: " + a.body());
        assertFalse(body.contains("\tat ") || body.contains("at org."), "no stack trace: " + a.body());
    }

    @Test
    void serviceIsRefusedWith400AndTheServerConnectsNowhere() throws IOException {
        try (SilentEndpoint target = new SilentEndpoint()) {
            RawHttp.Answer a = ask("127.0.0.1", "SELECT * { SERVICE <" + target.url() + "> { ?s ?p ?o } }");
            assertEquals(400, a.status(), a.body());
            assertTrue(a.body().contains("SERVICE"), a.body());
            assertOneLine(a);
            assertEquals(0, target.connections(), "no connection to the address the query named");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT * { SERVICE SILENT <%s> { ?s ?p ?o } }",
            "SELECT * { BIND(<%s> AS ?endpoint) SERVICE ?endpoint { ?s ?p ?o } }",
            "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <%s> { ?s ?p ?o } } } LIMIT 1",
            "ASK { { SELECT * { SERVICE <%s> { ?s ?p ?o } } } }"})
    void serviceIsRefusedHoweverItIsWritten(String template) throws IOException {
        try (SilentEndpoint target = new SilentEndpoint()) {
            RawHttp.Answer a = ask("127.0.0.1", String.format(template, target.url()));
            assertEquals(400, a.status(), a.body());
            assertOneLine(a);
            assertEquals(0, target.connections(), "no connection to the address the query named");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"集成电路(((", "集成电路^", "集成电路 AND"})
    void luceneSyntaxErrorsWithChineseAre400WithLucenesMessage(String words) {
        RawHttp.Answer a = ask("127.0.0.1", TEXT + PG + "SELECT ?s { ?s text:query (pg:text \"" + words + "\") }");
        assertEquals(400, a.status(), a.body());
        assertOneLine(a);
        // Lucene's own words, quoting the search as it was handed to Lucene
        assertTrue(a.body().contains("Cannot parse '") && a.body().contains(words), "Lucene's message: " + a.body());
        assertEquals("text/plain;charset=utf-8", a.header("Content-Type").replace(" ", "").toLowerCase(), a.head());
    }

    @Test
    void sparqlSyntaxErrorsAre400InOneLine() {
        RawHttp.Answer a = ask("127.0.0.1", "SELECT ?s WHERE { ?s ?p 集成电路 ");
        assertEquals(400, a.status(), a.body());
        assertOneLine(a);
        assertTrue(a.body().startsWith("Parse error"), a.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/policygraph/sparql?query=ASK%7B%7D", "/policygraph/update", "/$/ping", "/policygraph/get?graph=x", "/", "/$/stats"})
    void aMalformedAuthorizationHeaderIs401(String path) {
        for (String header : List.of("Basic !!!!", "Basic 集成电路", "Basic")) {
            RawHttp.Answer a = RawHttp.send("127.0.0.1", port, RawHttp.get(path, "*/*", header), PATIENCE);
            assertEquals(401, a.status(), header + " on " + path + ": " + a.body());
            assertTrue(a.header("WWW-Authenticate") != null && a.header("WWW-Authenticate").startsWith("Basic"), a.head());
            assertFalse(a.body().contains("at org."), a.body());
        }
    }

    @Test
    void refusedLoginsAre401WithOneLineOfText() {
        String update = "POST /policygraph/update HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-update\r\n"
                + "Content-Length: 8\r\n%sConnection: close\r\n\r\nDROP ALL";
        Map<String, String> logins = new LinkedHashMap<>();
        logins.put("", TolerantBasicAuthenticator.NO_LOGIN);
        logins.put("Authorization: Basic YWRtaW46d3Jvbmc=\r\n", TolerantBasicAuthenticator.WRONG_LOGIN);    // admin:wrong
        logins.put("Authorization: Basic !!!!\r\n", TolerantBasicAuthenticator.REASON);
        logins.put("Authorization: Bearer abc\r\n", TolerantBasicAuthenticator.NO_LOGIN);
        for (Map.Entry<String, String> login : logins.entrySet()) {
            String authorization = login.getKey().isEmpty() ? null : login.getKey().substring("Authorization: ".length()).strip();
            for (String request : List.of(String.format(update, login.getKey()), RawHttp.get("/policygraph/data?default", "text/turtle", authorization),
                    RawHttp.get("/$/stats", "application/json", authorization))) {
                RawHttp.Answer a = RawHttp.send("127.0.0.1", port, request, PATIENCE);
                String what = login.getKey().strip() + " " + request.lines().findFirst().orElseThrow();
                assertEquals(401, a.status(), what + ": " + a.body());
                assertEquals("Basic realm=\"PolicyGraph\", charset=\"UTF-8\"", a.header("WWW-Authenticate"), what + ": " + a.head());
                assertEquals("text/plain;charset=utf-8", a.header("Content-Type").replace(" ", "").toLowerCase(), what + ": " + a.head());
                assertOneLine(a);
                assertEquals(login.getValue(), a.body().strip(), what);
            }
        }
    }

    @Test
    void anonymousWritesStillGet401() {
        long before = Http.quads(served.sparql());
        String update = "POST /policygraph/update HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-update\r\n"
                + "Content-Length: 8\r\nConnection: close\r\n\r\nDROP ALL";
        assertEquals(401, RawHttp.send("127.0.0.1", port, update, PATIENCE).status());
        assertEquals(before, Http.quads(served.sparql()));
    }

    @Test
    void statisticsAndMetricsAreForTheAdminOnly() {
        for (String path : List.of("/$/stats", "/$/stats/policygraph", "/$/metrics")) {
            RawHttp.Answer anonymous = RawHttp.send("127.0.0.1", port, RawHttp.get(path, "application/json", null), PATIENCE);
            assertEquals(401, anonymous.status(), path + ": " + anonymous.body());
        }
        RawHttp.Answer admin = RawHttp.send("127.0.0.1", port, RawHttp.get("/$/stats/policygraph", "application/json",
                ServedCorpus.ADMIN.basicAuthorization()), PATIENCE);
        assertEquals(200, admin.status(), admin.body());
        assertTrue(admin.body().contains("policygraph"), admin.body());
        // metrics are not served at all
        RawHttp.Answer metrics = RawHttp.send("127.0.0.1", port, RawHttp.get("/$/metrics", "*/*", ServedCorpus.ADMIN.basicAuthorization()), PATIENCE);
        assertEquals(404, metrics.status(), metrics.body());
        // what the web UI needs stays open
        assertEquals(200, RawHttp.send("127.0.0.1", port, RawHttp.get("/$/ping", "*/*", null), PATIENCE).status());
        assertEquals(200, RawHttp.send("127.0.0.1", port, RawHttp.get("/$/server", "application/json", null), PATIENCE).status());
    }

    @Test
    void aBodyTooLargeIs413() {
        int size = 2 << 20;
        String request = "POST /policygraph/sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\n"
                + "Content-Length: " + size + "\r\nConnection: close\r\n\r\n";
        RawHttp.Answer a = RawHttp.send("127.0.0.1", port, request, PATIENCE);
        assertEquals(413, a.status(), a.body());
        assertOneLine(a);
    }

    @Test
    void aQueryBodyThatEndsShortIs408() throws IOException {
        try (Socket s = RawHttp.open("127.0.0.1", port, PATIENCE)) {
            s.getOutputStream().write(("POST /policygraph/sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\n"
                    + "Content-Length: 1000\r\nConnection: close\r\n\r\nASK {").getBytes(StandardCharsets.UTF_8));
            s.shutdownOutput();
            RawHttp.Answer a = RawHttp.read(s.getInputStream(), System.nanoTime());
            assertEquals(408, a.status(), a.body());
            assertOneLine(a);
        }
    }

    @Test
    void otherBadRequestsAre4xxInOneLine() {
        List<String> requests = List.of(
                RawHttp.get("/policygraph/sparql", "*/*", null),                                        // no query
                RawHttp.queryRequest("/policygraph/sparql", "   "),                                     // blank query
                RawHttp.get("/policygraph/sparql?query=ASK%7B%7D&query=ASK%7B%7D", "*/*", null),        // two queries
                "POST /policygraph/sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: image/png\r\nContent-Length: 4\r\nConnection: close\r\n\r\nASK{",
                RawHttp.get("/policygraph/get?graph=" + "%E9%9B%86", "text/turtle", null));             // no such graph
        for (String r : requests) {
            RawHttp.Answer a = RawHttp.send("127.0.0.1", port, r, PATIENCE);
            assertTrue(a.status() >= 400 && a.status() < 500, a.status() + " for " + r + ": " + a.body());
            if (!a.body().isBlank()) assertOneLine(a);
        }
    }

    /** Requests a client controls, odd or hostile: none may cost the server a 500. */
    @ParameterizedTest
    @ValueSource(strings = {
            "GET /policygraph/sparql?query=SELECT%20*%20%7B%3Fs%20%3Fp%20%3Fo%7D%20LIMIT%201 HTTP/1.1|Accept: image/png",
            "GET /policygraph/sparql?query=%ZZ HTTP/1.1|",
            "GET /policygraph/get?graph=not%20an%20IRI HTTP/1.1|Accept: text/turtle",
            "GET /policygraph/get?graph=http://x/%ZZ HTTP/1.1|",
            "GET /$/ping?x=%ZZ HTTP/1.1|",
            "GET /?x=%ZZ HTTP/1.1|",
            "GET /policygraph/sparql?query=%E9%9B HTTP/1.1|",
            "GET /policygraph/get HTTP/1.1|Accept: application/n-quads",
            "GET /policygraph/nowhere HTTP/1.1|",
            "GET /nowhere HTTP/1.1|",
            "GET /$/nowhere HTTP/1.1|",
            "GET /../../etc/passwd HTTP/1.1|",
            "DELETE /policygraph/sparql HTTP/1.1|",
            "PUT /policygraph/get?graph=http://x/ HTTP/1.1|Content-Type: text/turtle",
            "GET /policygraph/sparql?query=SELECT%20*%20FROM%20%3Cfile:///etc/passwd%3E%20%7B%3Fs%20%3Fp%20%3Fo%7D HTTP/1.1|",
            "GET /policygraph/sparql?query=SELECT%20(%3Cjava:java.lang.System%3E()%20AS%20%3Fx)%20%7B%7D HTTP/1.1|",
            "GET /policygraph/sparql?query=LOAD%20%3Cfile:///etc/passwd%3E HTTP/1.1|",
            "GET /policygraph/sparql?query=SELECT%20*%20%7B%7D&default-graph-uri=file:///etc/passwd HTTP/1.1|",
            "GET /policygraph/sparql?query=ASK%7B%7D HTTP/1.1|Authorization: Bearer abc",
            "GET /policygraph/sparql?query=ASK%7B%7D HTTP/1.1|Authorization: Basic YWRtaW46d3Jvbmc=",
            "GET /policygraph/sparql?query=ASK%7B%7D HTTP/1.1|Accept: %%%"})
    void noRequestAClientControlsCostsA500(String request) {
        String[] parts = request.split("\\|", -1);
        String raw = parts[0] + "\r\nHost: localhost\r\n" + (parts[1].isEmpty() ? "" : parts[1] + "\r\n")
                + (parts[0].startsWith("PUT") ? "Content-Length: 0\r\n" : "") + "Connection: close\r\n\r\n";
        RawHttp.Answer a = RawHttp.send("127.0.0.1", port, raw, PATIENCE);
        assertTrue(a.status() < 500, a.status() + " for " + request + ": " + a.body());
        if (a.status() >= 400 && a.header("Content-Type") != null && a.header("Content-Type").startsWith("text/plain")) assertOneLine(a);
        assertFalse(a.body().contains("root:x:0:0"), "no file of the host read: " + a.body());
    }

    @Test
    void thirtySlowClientsDoNotStopTheServerAnsweringAnother() throws Exception {
        // 30 clients, each from its own address, each sends a query's headers and then its body one byte at a time, slowly
        List<Socket> slow = new ArrayList<>();
        try {
            for (int c = 1; c <= 30; c++) {
                Socket s = RawHttp.open(RawHttp.client(c), port, PATIENCE);
                OutputStream out = s.getOutputStream();
                out.write(("POST /policygraph/sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\n"
                        + "Content-Length: 1000\r\n\r\nASK").getBytes(StandardCharsets.UTF_8));
                out.flush();
                slow.add(s);
            }
            Thread.sleep(500);
            RawHttp.Answer other = ask("127.0.0.2", "ASK {}");
            assertEquals(200, other.status(), other.body());
            assertTrue(other.took().compareTo(Duration.ofSeconds(2)) < 0, "answered in " + other.took());
        } finally {
            for (Socket s : slow) s.close();
        }
    }

    @Test
    void thirtyClientsTricklingBodiesAreCutOffAndDoNotStopTheServerAnsweringAnother() throws Exception {
        // 30 clients, each from its own address, send a body of 1000 bytes one byte a second: queries, forms, the admin's writes
        long quads = Http.quads(served.sparql());
        List<String> starts = List.of(
                "POST /policygraph/sparql HTTP/1.1\r\nContent-Type: application/sparql-query\r\n|ASK {",
                "POST /policygraph/sparql HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n|query=ASK",
                "POST /policygraph/update HTTP/1.1\r\nContent-Type: application/sparql-update\r\nAuthorization: "
                        + ServedCorpus.ADMIN.basicAuthorization() + "\r\n|INSERT DATA { GRAPH <urn:x:trickled> { <urn:x:s> <urn:x:p> 1 } }",
                "POST /policygraph/data?graph=urn:x:trickled HTTP/1.1\r\nContent-Type: text/turtle\r\nAuthorization: "
                        + ServedCorpus.ADMIN.basicAuthorization() + "\r\n|<urn:x:s> <urn:x:p> 2 .");
        List<Socket> slow = new ArrayList<>();
        ExecutorService readers = Executors.newFixedThreadPool(30);
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        try {
            List<Future<RawHttp.Answer>> answers = new ArrayList<>();
            long start = System.nanoTime();
            for (int c = 0; c < 30; c++) {
                String[] request = starts.get(c % starts.size()).split("\\|");
                Socket s = RawHttp.open(RawHttp.client(101 + c), port, PATIENCE);
                s.getOutputStream().write((request[0] + "Host: localhost\r\nContent-Length: 1000\r\nConnection: close\r\n\r\n" + request[1])
                        .getBytes(StandardCharsets.UTF_8));
                s.getOutputStream().flush();
                slow.add(s);
                answers.add(readers.submit(() -> RawHttp.read(s.getInputStream(), start)));
            }
            trickle.scheduleAtFixedRate(() -> {
                for (Socket s : slow) {
                    try {
                        s.getOutputStream().write(' ');
                        s.getOutputStream().flush();
                    } catch (IOException cutOff) {
                        // the server has ended this one
                    }
                }
            }, 1, 1, TimeUnit.SECONDS);
            Thread.sleep(3000);
            RawHttp.Answer other = ask("127.0.0.2", "ASK {}");
            assertEquals(200, other.status(), other.body());
            assertTrue(other.took().compareTo(Duration.ofSeconds(2)) < 0, "answered in " + other.took());
            // each is cut off once the grace is over (the rate asked for is far above a byte a second), with 408
            Duration bound = RequestLimits.DEFAULTS.bodyGrace().plusSeconds(5);
            for (int c = 0; c < answers.size(); c++) {
                RawHttp.Answer a = answers.get(c).get(bound.toSeconds() + 10, TimeUnit.SECONDS);
                String what = starts.get(c % starts.size()).lines().findFirst().orElseThrow();
                assertEquals(408, a.status(), what + ": " + a.body());
                assertOneLine(a);
                assertTrue(a.body().contains("too slowly"), what + ": " + a.body());
                assertTrue(a.took().compareTo(bound) < 0, what + " cut off after " + a.took());
            }
            assertEquals(200, ask("127.0.0.2", "ASK {}").status());
            assertEquals(quads, Http.quads(served.sparql()), "no write cut off in the middle was applied");
        } finally {
            trickle.shutdownNow();
            readers.shutdownNow();
            for (Socket s : slow) s.close();
        }
    }

    @Test
    void oneClientGetsItsShareAndNoMore() throws Exception {
        // one address opens 30 slow requests: 16 are taken, the others refused at once with 429; another address is answered
        assertOnlyItsShareIsTaken("127.0.0.3", "", RawHttp.queryRequest("/policygraph/sparql", "ASK {}"), "127.0.0.4");
    }

    @Test
    void clientsBehindAProxyOnThisMachineAreToldApartByTheAddressItAppends() throws Exception {
        // a proxy on loopback forwards 30 slow requests of one client and then another client's ASK
        String other = RawHttp.queryRequest("/policygraph/sparql", "ASK {}").replace("Connection: close", "X-Forwarded-For: 203.0.113.7, 198.51.100.9\r\nConnection: close");
        assertOnlyItsShareIsTaken("127.0.0.5", "X-Forwarded-For: 198.51.100.1\r\n", other, "127.0.0.5");
    }

    private static void assertOnlyItsShareIsTaken(String from, String extraHeaders, String otherRequest, String otherFrom) throws Exception {
        List<Socket> slow = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(30);
        try {
            List<Future<RawHttp.Answer>> answers = new ArrayList<>();
            for (int c = 0; c < 30; c++) {
                Socket s = RawHttp.open(from, port, PATIENCE);
                s.getOutputStream().write(("POST /policygraph/sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\n"
                        + extraHeaders + "Content-Length: 1000\r\n\r\nASK").getBytes(StandardCharsets.UTF_8));
                s.getOutputStream().flush();
                slow.add(s);
                answers.add(pool.submit(() -> RawHttp.read(s.getInputStream(), System.nanoTime())));
            }
            // the refused are answered at once; the taken wait for the rest of their body
            Thread.sleep(2000);
            int refused = 0;
            for (Future<RawHttp.Answer> f : answers) {
                if (!f.isDone()) continue;
                RawHttp.Answer a = f.get();
                assertEquals(429, a.status(), a.body());
                assertOneLine(a);
                refused++;
            }
            assertEquals(30 - RequestLimits.DEFAULTS.perClient(), refused);
            RawHttp.Answer other = RawHttp.send(otherFrom, port, otherRequest, PATIENCE);
            assertEquals(200, other.status(), other.body());
            assertTrue(other.took().compareTo(Duration.ofSeconds(2)) < 0, "answered in " + other.took());
        } finally {
            for (Socket s : slow) s.close();
            pool.shutdownNow();
        }
    }
}

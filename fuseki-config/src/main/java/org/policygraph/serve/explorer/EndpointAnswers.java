package org.policygraph.serve.explorer;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Asks the server's own SPARQL endpoint, over loopback, the bound queries of a view, all at once,
 * so that the page arrives with its answers (the browser then waits for no second round trip,
 * which on a busy 2-core machine cost more than the queries). Answers are the endpoint's SPARQL
 * JSON as sent, under the same guards (limits, timeouts) as any client's; a query that fails or is
 * slower than the wait is left out, and the page sends it itself.
 */
final class EndpointAnswers {
    /** How long the page waits for the answers before it is sent without those still missing. */
    static final Duration WAIT = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * @param endpoint the SPARQL endpoint's URL, e.g. {@code http://127.0.0.1:3030/policygraph/sparql}
     * @param queries  query name → bound SPARQL
     * @return query name → the SPARQL JSON answer, for those answered with 200 within {@link #WAIT}
     */
    Map<String, String> ask(String endpoint, Map<String, String> queries) {
        Map<String, CompletableFuture<HttpResponse<String>>> sent = new LinkedHashMap<>();
        queries.forEach((name, query) -> sent.put(name, http.sendAsync(HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(WAIT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))));
        long deadline = System.nanoTime() + WAIT.toNanos();
        Map<String, String> answers = new LinkedHashMap<>();
        sent.forEach((name, answer) -> {
            try {
                HttpResponse<String> r = answer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (r.statusCode() == 200) answers.put(name, r.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                answer.cancel(true); // the page asks for it itself
            }
        });
        return answers;
    }
}

package org.policygraph.serve.explorer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.policygraph.query.QueryRunner;

/**
 * Sends every explorer page's queries to the server's own SPARQL endpoint a number of times
 * right after it starts, in the background. A fresh JVM answers the search page's queries in
 * about 100 ms for its first dozens of runs and in 30 ms once the JIT has compiled the query
 * engine, the text index and the result writer: warmed up, the first analyst gets the pages as
 * fast as the later ones. The pages are those of the store's most mentioned entity (searched by
 * its name), its most mentioned task and that task's report, as {@link ExplorerView} lists their
 * queries.
 */
public final class ExplorerWarmUp {
    /** Rounds of all the pages' queries: past about 30 runs a query no longer gets faster. */
    public static final int DEFAULT_ROUNDS = 30;
    /** At most this long (and the query under way), whatever the rounds: a large store's pages take longer, and its server has other work. */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(30);

    private static final String PICK = """
            PREFIX pg:   <https://w3id.org/policygraph/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?entity ?name ?task ?report WHERE {
              { SELECT ?entity (COUNT(?m) AS ?n) WHERE { ?m pg:entity ?entity } GROUP BY ?entity ORDER BY DESC(?n) LIMIT 1 }
              ?entity skos:prefLabel ?name .
              OPTIONAL {
                { SELECT ?task (COUNT(?t) AS ?k) WHERE { ?t pg:task ?task } GROUP BY ?task ORDER BY DESC(?k) LIMIT 1 }
                ?task pg:report ?report .
              }
            } LIMIT 1
            """;

    /** What a warm-up did: the queries it sent, in how long; none when the store is empty. */
    public record Result(int queries, long millis) {}

    private ExplorerWarmUp() {}

    /** Starts warming in a daemon thread; the future fails when a query fails. */
    public static CompletableFuture<Result> start(String sparqlUrl, int rounds, Duration budget) {
        CompletableFuture<Result> done = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                done.complete(run(QueryRunner.remote(sparqlUrl), rounds, budget));
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        }, "policygraph-explorer-warm-up");
        t.setDaemon(true);
        t.start();
        return done;
    }

    /**
     * Warms in the calling thread: the rounds, or as many queries as the budget allows (at least
     * one; the query under way is finished: on a large store one page of the most mentioned entity
     * takes seconds).
     */
    public static Result run(QueryRunner endpoint, int rounds, Duration budget) {
        long t0 = System.nanoTime();
        long end = t0 + budget.toNanos();
        List<Map.Entry<String, Map<String, String>>> page = views(endpoint).stream().flatMap(v -> v.queries().entrySet().stream()).toList();
        ExplorerQueries queries = new ExplorerQueries();
        int sent = 0;
        warming:
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, Map<String, String>> q : page) {
                if (sent > 0 && System.nanoTime() >= end) break warming;
                endpoint.select(queries.bind(q.getKey(), q.getValue())).size();
                sent++;
            }
        }
        return new Result(sent, (System.nanoTime() - t0) / 1_000_000);
    }

    /** The pages warmed: home, and the search, entity, task and report pages of the store's most mentioned ones. */
    static List<ExplorerView> views(QueryRunner endpoint) {
        ResultSetRewindable picked = endpoint.select(QueryFactory.create(PICK));
        if (!picked.hasNext()) return List.of();
        QuerySolution s = picked.next();
        List<ExplorerView> views = new ArrayList<>();
        views.add(ExplorerView.of("", name -> null));
        views.add(ExplorerView.of("search", only("q", s.getLiteral("name").getLexicalForm())));
        views.add(ExplorerView.of("resource", only("iri", s.getResource("entity").getURI())));
        if (s.contains("task")) {
            views.add(ExplorerView.of("resource", only("iri", s.getResource("task").getURI())));
            views.add(ExplorerView.of("resource", only("iri", s.getResource("report").getURI())));
        }
        return views;
    }

    private static Function<String, String> only(String param, String value) {
        return name -> name.equals(param) ? value : null;
    }
}

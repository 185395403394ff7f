package org.policygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.policygraph.load.IncrementalLoader;
import org.policygraph.load.LoadListener;
import org.policygraph.load.LoadResult;
import org.policygraph.load.RemoteReportStore;
import org.policygraph.load.StoreSummary;
import org.policygraph.load.TestCorpus;
import org.policygraph.pipeline.ExtractedReport;
import org.policygraph.pipeline.ExtractorSettings;
import org.policygraph.rdf.Iris;

/**
 * Eight researchers query for 30 s while a load replaces a report on the server again and again:
 * no query fails, every answer sees the report whole (old or new, never half or missing), and
 * the counts afterwards are those of what was loaded last.
 */
class ConcurrentLoadTest {
    private static final Duration RUN = Duration.ofSeconds(30);
    private static final int CLIENTS = 8;

    @Test
    void queriesNeverFailWhileALoadReplacesAReport() throws Exception {
        ExtractedReport original = TestCorpus.reports().get(0);
        ExtractedReport shortened = TestCorpus.shortened(original);
        Set<Long> wholeVersions = Set.of(tasks(original), tasks(shortened));
        String graph = Iris.report(original.source().fileName()).getURI();
        String snapshot = "PREFIX pg: <https://w3id.org/policygraph/ontology#>\n"
                + "SELECT ?reports ?tasks { { SELECT (COUNT(?r) AS ?reports) { ?r a pg:Report } } "
                + "{ SELECT (COUNT(?t) AS ?tasks) { GRAPH <" + graph + "> { ?t a pg:Task } } } }";
        String textSearch = "PREFIX text: <http://jena.apache.org/text#>\nPREFIX pg: <https://w3id.org/policygraph/ontology#>\n"
                + "SELECT ?task ?title { ?task text:query (pg:title '集成电路') ; pg:title ?title }";

        try (ServedCorpus served = ServedCorpus.start()) {
            StoreSummary before = served.server().store().summary();
            RemoteReportStore remote = RemoteReportStore.of(served.server().datasetUrl(), Optional.of(ServedCorpus.ADMIN));
            IncrementalLoader loader = new IncrementalLoader(remote, TestCorpus::extractor, ExtractorSettings.defaults());
            long deadline = System.nanoTime() + RUN.toNanos();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            AtomicLong queries = new AtomicLong();

            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(pool.submit(() -> {
                    for (long i = 0; System.nanoTime() < deadline; i++) {
                        try {
                            if ((i + client) % 2 == 0) {
                                JsonObject row = Http.select(served.sparql(), snapshot).get(0).getAsObject();
                                long reports = Long.parseLong(Http.value(row, "reports"));
                                long tasks = Long.parseLong(Http.value(row, "tasks"));
                                if (reports != 3 || !wholeVersions.contains(tasks)) failures.add("saw " + reports + " reports, " + tasks + " tasks");
                            } else {
                                HttpResponse<String> r = Http.get(served.sparql() + "?query=" + Http.encode(textSearch), "application/sparql-results+json");
                                if (r.statusCode() != 200) failures.add("text search: " + r.statusCode() + " " + r.body());
                            }
                            queries.incrementAndGet();
                        } catch (Throwable e) {
                            failures.add(e.toString());
                        }
                    }
                }));
            }

            // the load: the shortened version, then the file itself through the loader, as `load --endpoint` does
            int loads = 0;
            while (System.nanoTime() < deadline - TimeUnit.SECONDS.toNanos(3)) {
                remote.replace(shortened);
                LoadResult back = loader.load(List.of(TestCorpus.folder().resolve(original.source().fileName())), LoadListener.SILENT);
                assertEquals(1, back.extracted().size());
                loads += 2;
            }
            for (Future<?> f : clients) f.get();
            pool.shutdown();

            assertEquals(List.of(), List.copyOf(failures), queries.get() + " queries");
            assertTrue(loads >= 4, "the report was replaced " + loads + " times during the run");
            assertTrue(queries.get() > 100, queries.get() + " queries in " + RUN);
            assertEquals(before, remote.summary(), "the counts of the corpus as loaded last");
            assertEquals(before, served.server().store().summary());
        }
    }

    private static long tasks(ExtractedReport r) {
        return r.structure().tasks().size();
    }
}

package org.policygraph.serve.explorer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.policygraph.query.QueryRunner;
import org.policygraph.serve.ServedCorpus;

/**
 * A small repeatable benchmark, not a timed assertion: each page's queries sent to the server's
 * SPARQL endpoint at once, as the page sends them, 10 times after one warm-up; the minimum and the
 * median go to {@code target/explorer-query-times.txt}, beside a trivial query's round trip, the
 * machine's baseline. Each run must still answer.
 */
class ExplorerPageQueryTimesTest {
    private static final String ID = ExplorerQueriesTest.ID;
    private static final String ENTITY = ExplorerQueriesTest.ZGC_CITY;
    private static final String TASK = ExplorerQueriesTest.TASK_65;
    private static final String REPORT = ID + "report/" + ExplorerQueriesTest.REPORT_001;

    @Test
    void eachPagesQueriesAreTimed() throws IOException {
        ServedCorpus served = ServedSample.get();
        // as many requests at once as a browser sends to one server
        ExecutorService browser = Executors.newFixedThreadPool(6);
        QueryRunner runner = QueryRunner.remote(served.sparql());
        ExplorerQueries queries = new ExplorerQueries();
        Map<String, List<String[]>> pages = new LinkedHashMap<>();
        pages.put("home", List.<String[]>of(new String[] {"reports"}));
        pages.put("search", List.of(new String[] {"search-entities", "words", "中关村科学城"}, new String[] {"search-tasks", "words", "中关村科学城"}));
        pages.put("entity", List.of(new String[] {"entity", "entity", ENTITY}, new String[] {"entity-tasks", "entity", ENTITY},
                new String[] {"entity-co-mentioned", "entity", ENTITY}, new String[] {"entity-figures", "entity", ENTITY},
                new String[] {"entity-graph", "entity", ENTITY}));
        pages.put("task", List.of(new String[] {"task", "task", TASK}, new String[] {"task-entities", "task", TASK},
                new String[] {"task-mentions", "task", TASK}, new String[] {"task-figures", "task", TASK}, new String[] {"task-children", "task", TASK}));
        pages.put("report", List.of(new String[] {"report", "report", REPORT}, new String[] {"report-tasks", "report", REPORT},
                new String[] {"report-entities", "report", REPORT}));
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-8s %8s %8s   %s", "page", "min ms", "median", "queries"));
        for (var page : pages.entrySet()) {
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < 11; i++) {
                long t0 = System.nanoTime();
                List<CompletableFuture<Integer>> answers = page.getValue().stream().map(q -> CompletableFuture.supplyAsync(() -> {
                    Map<String, String> params = q.length > 1 ? Map.of(q[1], q[2]) : Map.of();
                    return runner.select(queries.bind(q[0], params)).size();
                }, browser)).toList();
                assertTrue(answers.stream().mapToInt(CompletableFuture::join).sum() > 0, page.getKey() + " answered nothing");
                if (i > 0) times.add((System.nanoTime() - t0) / 1_000_000);
            }
            lines.add(String.format("%-8s %8d %8d   %s", page.getKey(), min(times), median(times),
                    String.join(", ", page.getValue().stream().map(q -> q[0]).toList())));
        }
        List<Long> ask = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            long t0 = System.nanoTime();
            runner.ask(QueryFactory.create("ASK {}"));
            if (i > 0) ask.add((System.nanoTime() - t0) / 1_000_000);
        }
        lines.add(String.format("%-8s %8d %8d   %s", "ASK {}", min(ask), median(ask), "one trivial query: the machine's baseline"));
        lines.add(String.format("load average when measured: %s", Files.readString(Path.of("/proc/loadavg")).split(" ")[0]));
        browser.shutdown();
        String report = String.join("\n", lines) + "\n";
        System.out.println("Explorer pages' queries, sent together to the endpoint (10 runs):\n" + report);
        Files.writeString(Path.of("target", "explorer-query-times.txt"), report, StandardCharsets.UTF_8);
    }

    private static long min(List<Long> xs) {
        return xs.stream().mapToLong(Long::longValue).min().orElse(0);
    }

    private static long median(List<Long> xs) {
        return xs.stream().sorted().toList().get(xs.size() / 2);
    }
}

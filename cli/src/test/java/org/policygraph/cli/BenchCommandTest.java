package org.policygraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.query.QueryLibrary;

/**
 * {@code bench} on a tiny input (two sample reports, a store of three generated ones, one run
 * each, no extract processes): it prints the table with every section it ran, a figure on each
 * line, and a line for every library query. The full benchmark is far too long for the build.
 */
class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void aTinyBenchPrintsTheTableWithEveryQuery() throws Exception {
        Path corpus = Path.of(System.getProperty("policygraph.root"), "corpus");
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = PolicyGraphCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute("bench",
                "--sections", "warm,store", "--runs", "1", "--warmup", "0", "--query-runs", "2", "--reports", "0", "--store-reports", "3",
                "--threads", "2", "--work", dir.resolve("work").toString(),
                corpus.resolve("000_28d4d448e5e08362.txt").toString(), corpus.resolve("003_fe27a2d5279c6e1c.txt").toString());
        assertEquals(ExitCodes.OK, exit, err.toString());
        List<String> table = out.toString().lines().filter(l -> l.startsWith("| ")).toList();
        assertTrue(table.stream().anyMatch(l -> l.contains("HanLP segmentation") && l.contains("chars/s")), out.toString());
        assertTrue(table.stream().anyMatch(l -> l.contains("extraction, 2 threads") && l.contains("of 1 thread")), out.toString());
        assertTrue(table.stream().anyMatch(l -> l.contains("TDB2 bulk loader") && l.contains("quads/s")), out.toString());
        assertTrue(table.stream().anyMatch(l -> l.contains("PolicyGraph load") && l.contains("size")), out.toString());
        for (String q : QueryLibrary.bundled().names()) {
            assertTrue(table.stream().anyMatch(l -> l.contains("| " + q + " (") && l.contains("p95")), "no line for " + q + ": " + out);
        }
        assertTrue(Files.isDirectory(dir.resolve("work").resolve("store-policygraph")), "the store is kept in --work");

        // a second run times the queries on that store, without extracting or loading again
        StringWriter again = new StringWriter(), againErr = new StringWriter();
        exit = PolicyGraphCli.commandLine(new PrintWriter(again, true), new PrintWriter(againErr, true)).execute("bench",
                "--sections", "store", "--reuse-store", "--warmup", "0", "--query-runs", "1", "--work", dir.resolve("work").toString(),
                corpus.resolve("000_28d4d448e5e08362.txt").toString());
        assertEquals(ExitCodes.OK, exit, againErr.toString());
        List<String> reused = again.toString().lines().filter(l -> l.startsWith("| ")).toList();
        assertTrue(reused.stream().noneMatch(l -> l.contains("TDB2 bulk loader")), "the store is not loaded again: " + again);
        for (String q : QueryLibrary.bundled().names()) {
            assertTrue(reused.stream().anyMatch(l -> l.contains("| " + q + " (") && l.contains("p95")), "no line for " + q + ": " + again);
        }

        // an explorer query timed by file: its entity is the store's most mentioned one, which has rows
        StringWriter explorer = new StringWriter(), explorerErr = new StringWriter();
        Path graph = Path.of(System.getProperty("policygraph.root"), "fuseki-config", "explorer", "entity-graph.rq");
        exit = PolicyGraphCli.commandLine(new PrintWriter(explorer, true), new PrintWriter(explorerErr, true)).execute("bench",
                "--sections", "store", "--reuse-store", "--warmup", "0", "--query-runs", "1", "--work", dir.resolve("work").toString(),
                "--query-file", graph.toString(), corpus.resolve("000_28d4d448e5e08362.txt").toString());
        assertEquals(ExitCodes.OK, exit, explorerErr.toString());
        assertTrue(explorerErr.toString().contains("entity=https://w3id.org/policygraph/id/"), explorerErr.toString());
        assertTrue(explorer.toString().lines().anyMatch(l -> l.startsWith("| queries | entity-graph (") && !l.contains("(0 rows)")), explorer.toString());
    }

    @Test
    void reusingTheStoreNeedsTheWorkFolder() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = PolicyGraphCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute("bench", "--reuse-store");
        assertEquals(ExitCodes.USAGE, exit);
        assertTrue(err.toString().contains("--work"), err.toString());
    }

    @Test
    void benchStartsExtractWithTheLaunchersCompilerOptions() throws Exception {
        int cores = Integer.parseInt(launcherJit("nproc").strip());
        String[][] commandLines = {
            {"extract", "--threads", "1", "--out", "x.nq", "in"}, {"extract", "--threads=1", "in"},
            {"extract", "--threads", String.valueOf(cores), "in"}, {"extract", "--threads=" + (cores + 2), "in"},
            {"extract", "--out", "x.nq", "in"}, {"load", "--threads", "1"},
        };
        for (String[] args : commandLines) {
            List<String> expected = args[0].equals("extract") ? org.policygraph.bench.Bench.extractJit(threadsOf(args, cores), cores) : List.of();
            assertEquals(String.join(" ", expected), launcherJit("extract_jit " + String.join(" ", args)).strip(),
                    "the launcher and the bench's whole runs start extract alike: " + String.join(" ", args));
        }
        assertEquals(List.of(), org.policygraph.bench.Bench.extractJit(1, 2), "one worker on two cores leaves C2 a core");
        assertEquals(List.of(org.policygraph.bench.Bench.CLIENT_COMPILER_ONLY), org.policygraph.bench.Bench.extractJit(1, 1));
    }

    private static int threadsOf(String[] args, int cores) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--threads=")) return Integer.parseInt(args[i].substring("--threads=".length()));
            if (args[i].equals("--threads")) return Integer.parseInt(args[i + 1]);
        }
        return cores;
    }

    /** Runs {@code command} in bash after the launcher's {@code extract_jit} function is defined; its output. */
    private static String launcherJit(String command) throws Exception {
        Path launcher = Path.of(System.getProperty("policygraph.root"), "policygraph");
        String script = Files.readString(launcher);
        int from = script.indexOf("extract_jit() {"), to = script.indexOf("\n}\n", from);
        assertTrue(from >= 0 && to > from, "the launcher defines extract_jit");
        Process p = new ProcessBuilder("bash", "-c", script.substring(from, to + 3) + command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }
}

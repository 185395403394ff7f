package org.policygraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.pipeline.ExtractedReport;
import org.policygraph.pipeline.ExtractorSettings;
import org.policygraph.rdf.Iris;

/**
 * A process killed in the middle of a load (inside the write transaction, after the old graph
 * was deleted and the new one written) leaves the data folder, text index included, as it was
 * before the load: TDB2 and the index commit together or not at all.
 */
class KilledLoadTest {
    private static final String NEW_TASK = "\n第99项：新增任务\n工作进展：北京市科学技术委员会牵头推进光刻胶材料攻关。\n";

    @TempDir
    Path temp;

    @Test
    void killingALoadMidTransactionLeavesTheDatasetAsBefore() throws Exception {
        Path data = temp.resolve("data");
        ExtractedReport report = TestCorpus.reports().get(0);
        String name = report.source().fileName();
        long quadsBefore;
        StoreSummary summaryBefore;
        try (ReportStore store = ReportStore.open(data)) {
            TestCorpus.reports().forEach(store::replace);
            quadsBefore = quads(store);
            summaryBefore = store.summary();
        }
        Path changed = temp.resolve(name);
        Files.copy(TestCorpus.folder().resolve(name), changed);
        Files.writeString(changed, NEW_TASK, StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        Process load = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PausedLoad.class.getName(), data.toString(), changed.toString())
                .redirectError(temp.resolve("load.err").toFile())
                .start();
        try {
            assertTrue(waitForLine(load, PausedLoad.IN_TRANSACTION), "the load reached its transaction; stderr: "
                    + Files.readString(temp.resolve("load.err")));
        } finally {
            load.destroyForcibly();
            assertTrue(load.waitFor(30, TimeUnit.SECONDS));
        }

        try (ReportStore store = ReportStore.open(data)) {
            assertEquals(quadsBefore, quads(store), "every quad as before");
            assertEquals(summaryBefore, store.summary());
            assertEquals(Optional.of(report.source().sha256()), store.storedHash(Iris.report(name)), "the old version's hash");
            assertEquals(0, hits(store, "pg:text", "光刻胶"), "the new task's sentence never reached the index");
            assertEquals(2, hits(store, "pg:title", "集成电路"), "000's old heading is still indexed, as is 001's");
            // and the folder is usable: the load done again commits
            new IncrementalLoader(store, TestCorpus::extractor, ExtractorSettings.defaults()).load(List.of(changed), LoadListener.SILENT);
            assertTrue(hits(store, "pg:text", "光刻胶") >= 1);
        }
    }

    /** Reads the process's output until the line comes (true) or it ends or a minute passes (false). */
    private static boolean waitForLine(Process process, String line) throws Exception {
        CompletableFuture<Boolean> seen = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l = out.readLine(); l != null; l = out.readLine()) {
                    if (l.equals(line)) return true;
                }
                return false;
            } catch (IOException e) {
                return false;
            }
        });
        try {
            return seen.get(2, TimeUnit.MINUTES);
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    private static long quads(ReportStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            long n = 0;
            for (var it = store.dataset().find(); it.hasNext(); it.next()) n++;
            return n;
        });
    }

    private static long hits(ReportStore store, String property, String words) {
        String q = "PREFIX text: <http://jena.apache.org/text#>\nPREFIX pg: <https://w3id.org/policygraph/ontology#>\n"
                + "SELECT (COUNT(*) AS ?n) { ?t text:query (" + property + " '" + words + "') }";
        return Txn.calculateRead(store.dataset(), () -> ((Number) QueryExec.dataset(store.dataset()).query(q).select().next()
                .get("n").getLiteralValue()).longValue());
    }
}

package org.policygraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.rdf.Iris;

/**
 * A folder of reports with a subfolder the user may not read: {@code extract}, {@code load},
 * {@code sample}, {@code bench} and {@code serve} each say so in one line naming the subfolder, and
 * still write, load, sample, measure or serve the readable report (all but serve then exit 1). An interrupted {@code extract} leaves no partial file.
 */
class UnreadableInputsTest {
    private static final String GOOD = "000_28d4d448e5e08362.txt";

    @TempDir
    Path dir;
    private Path in;
    private Path locked;

    @BeforeEach
    void folderWithALockedSubfolder() throws Exception {
        in = Files.createDirectory(dir.resolve("reports"));
        Files.copy(corpus().resolve(GOOD), in.resolve(GOOD));
        locked = Files.createDirectory(in.resolve("locked"));
        Files.copy(corpus().resolve("001_43f4887ca2300bf0.txt"), locked.resolve("001_43f4887ca2300bf0.txt"));
        ChildCli.unreadable(locked);
    }

    @AfterEach
    void unlock() throws Exception {
        ChildCli.readable(locked);
    }

    private static Path corpus() {
        return Path.of(System.getProperty("policygraph.root"), "corpus");
    }

    private List<String> linesAboutLocked(String err) {
        return err.lines().filter(l -> l.contains(locked.toString())).toList();
    }

    @Test
    void extractWritesTheReadableReportAndNamesTheUnreadableFolder() throws Exception {
        Path out = dir.resolve("graph.trig");
        ChildCli.Result r = ChildCli.run(dir, "extract", "--out", out.toString(), in.toString());
        assertEquals(ExitCodes.INPUT_FAILED, r.exit(), r.err());
        assertEquals(List.of("policygraph extract: " + locked + ": cannot list the folder: permission denied"), linesAboutLocked(r.err()), r.err());
        assertFalse(r.err().contains("Exception"), "no stack trace: " + r.err());
        Dataset written = RDFDataMgr.loadDataset(out.toString());
        assertTrue(written.containsNamedModel(Iris.report(GOOD).getURI()), "the readable report is written");
        assertEquals(1, written.asDatasetGraph().stream().map(q -> q.getGraph()).distinct().count());
    }

    @Test
    void loadStoresTheReadableReportAndNamesTheUnreadableFolder() throws Exception {
        ChildCli.Result r = ChildCli.run(dir, "load", "--data", dir.resolve("data").toString(), in.toString());
        assertEquals(ExitCodes.INPUT_FAILED, r.exit(), r.err());
        assertEquals(List.of("policygraph load: " + locked + ": cannot list the folder: permission denied"), linesAboutLocked(r.err()), r.err());
        assertTrue(r.out().contains("holds 1 reports"), r.out());
        assertFalse(r.err().contains("Exception"), "no stack trace: " + r.err());
    }

    @Test
    void sampleSamplesTheReadableReportAndNamesTheUnreadableFolder() throws Exception {
        ChildCli.Result r = ChildCli.run(dir, "sample", "--roles", "3", "--figures", "3", "--threads", "1", in.toString());
        assertEquals(ExitCodes.INPUT_FAILED, r.exit(), r.err());
        assertEquals(List.of("policygraph sample: " + locked + ": cannot list the folder: permission denied"), linesAboutLocked(r.err()), r.err());
        assertFalse(r.err().contains("Exception"), "no stack trace: " + r.err());
        // the readable report is sampled; the locked one's name appears nowhere in the sample
        assertTrue(r.out().contains(GOOD), r.out());
        assertFalse(r.out().contains("001_43f4887ca2300bf0.txt"), r.out());
    }

    @Test
    void benchMeasuresTheReadableReportAndNamesTheUnreadableFolder() throws Exception {
        ChildCli.Result r = ChildCli.run(dir, "bench", "--sections", "warm", "--runs", "1", "--warmup", "0", "--reports", "0",
                "--store-reports", "0", "--threads", "1", "--work", dir.resolve("work").toString(), in.toString());
        assertEquals(ExitCodes.INPUT_FAILED, r.exit(), r.err());
        assertEquals(List.of("policygraph bench: " + locked + ": cannot list the folder: permission denied"), linesAboutLocked(r.err()), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("| ") && l.contains("PolicyGraph extraction, 1 thread")), "measured: " + r.out());
    }

    @Test
    void serveServesTheReadableReportAndNamesTheUnreadableFolder() throws Exception {
        ChildCli serve = ChildCli.start(dir, Map.of("POLICYGRAPH_PASSWORD", "test-password"),
                "serve", "--port", "0", "--data", dir.resolve("data").toString(), in.toString());
        try {
            assertTrue(serve.awaitOutput("Stop with Ctrl-C.", 180), serve.err());
            assertTrue(serve.out().contains("PolicyGraph is serving 1 reports"), serve.out());
            assertEquals(List.of("policygraph serve: " + locked + ": cannot list the folder: permission denied"), linesAboutLocked(serve.err()), serve.err());
        } finally {
            serve.stop();
        }
    }

    @Test
    void anInterruptedExtractLeavesNoPartialFile() throws Exception {
        ChildCli.readable(locked);
        Path many = Files.createDirectory(dir.resolve("many"));
        for (int copy = 0; copy < 8; copy++) {
            try (Stream<Path> reports = Files.list(corpus())) {
                for (Path report : reports.toList()) Files.copy(report, many.resolve(copy + "_" + report.getFileName()));
            }
        }
        Path outDir = Files.createDirectory(dir.resolve("out"));
        ChildCli extract = ChildCli.start(dir, Map.of(), "extract", "--out", outDir.resolve("graph.trig").toString(), many.toString());
        assertTrue(extract.awaitOutput("[2/24]", 180), extract.err());
        try (Stream<Path> during = Files.list(outDir)) {
            assertEquals(1, during.filter(p -> p.getFileName().toString().endsWith(".part")).count(), "the partial file while it runs");
        }
        ChildCli.Result stopped = extract.stop();
        assertEquals(143, stopped.exit(), stopped.err());
        try (Stream<Path> after = Files.list(outDir)) {
            assertEquals(List.of(), after.toList(), "neither a partial file nor an output");
        }
    }
}

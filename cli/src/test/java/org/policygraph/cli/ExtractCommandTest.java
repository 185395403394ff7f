package org.policygraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.ontology.PG;
import org.policygraph.rdf.Iris;

/**
 * {@code extract} over a folder holding a good report, a file of random bytes and a file of no
 * report format: the report is written, the bad file gets one stderr line naming it and the
 * reason, the other file one note, and the exit code says an input failed.
 */
class ExtractCommandTest {
    private static final String GOOD = "000_28d4d448e5e08362.txt";

    @TempDir
    Path dir;

    private record Run(int exit, String out, List<String> errLines) {}

    private static Run extract(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        String[] full = new String[args.length + 1];
        full[0] = "extract";
        System.arraycopy(args, 0, full, 1, args.length);
        int exit = PolicyGraphCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(full);
        return new Run(exit, out.toString(), err.toString().lines().toList());
    }

    @Test
    void zeroThreadsIsAWrongCommandLine() {
        Run run = extract("--threads", "0", "--out", dir.resolve("graph.trig").toString(), dir.toString());
        assertEquals(ExitCodes.USAGE, run.exit());
        assertTrue(run.errLines().stream().anyMatch(l -> l.contains("--threads must be at least 1")), String.join("\n", run.errLines()));
    }

    @Test
    void aSecondReportOfOneNameIsAFailedInputNotAMixedGraph() throws Exception {
        Path a = Files.createDirectory(dir.resolve("a")), b = Files.createDirectory(dir.resolve("b"));
        Files.copy(Path.of(System.getProperty("policygraph.root"), "corpus", GOOD), a.resolve(GOOD));
        Files.writeString(b.resolve(GOOD), "一、另一份报告\n（一）推进某项工作。\n");
        Path out = dir.resolve("graph.nq");

        Run run = extract("--out", out.toString(), a.toString(), b.toString());

        assertEquals(ExitCodes.INPUT_FAILED, run.exit());
        List<String> aboutSecond = run.errLines().stream().filter(l -> l.contains(b.resolve(GOOD).toString())).toList();
        assertEquals(1, aboutSecond.size(), String.join("\n", run.errLines()));
        assertTrue(aboutSecond.get(0).contains("same file name as " + a.resolve(GOOD)), aboutSecond.get(0));
        Dataset written = RDFDataMgr.loadDataset(out.toString());
        List<org.apache.jena.sparql.core.Quad> contents = written.asDatasetGraph()
                .stream(Iris.report(GOOD), org.apache.jena.graph.Node.ANY, PG.content, org.apache.jena.graph.Node.ANY).toList();
        assertEquals(1, contents.size(), "one report, one text");
        assertTrue(contents.get(0).getObject().getLiteralLexicalForm().contains("中关村"), "the first report's text");
        // the same file given twice (its folder and itself) is one report, read once
        Run twice = extract("--out", out.toString(), a.toString(), a.resolve(GOOD).toString());
        assertEquals(ExitCodes.OK, twice.exit(), String.join("\n", twice.errLines()));
        assertTrue(twice.errLines().stream().anyMatch(l -> l.contains("(1 of 1 reports")), String.join("\n", twice.errLines()));
    }

    @Test
    void goodReportIsWrittenAndTheBadFileGetsOneLine() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.copy(Path.of(System.getProperty("policygraph.root"), "corpus", GOOD), in.resolve(GOOD));
        byte[] noise = new byte[4096];
        new Random(5L).nextBytes(noise);
        Path bad = Files.write(in.resolve("noise.txt"), noise);
        Files.writeString(in.resolve("notes.md"), "# notes");
        Path out = dir.resolve("graph.trig");

        Run run = extract("--out", out.toString(), in.toString());

        assertEquals(ExitCodes.INPUT_FAILED, run.exit(), String.join("\n", run.errLines()));
        List<String> aboutBad = run.errLines().stream().filter(l -> l.contains("noise.txt")).toList();
        assertEquals(1, aboutBad.size(), "lines about the bad file: " + aboutBad);
        assertTrue(aboutBad.get(0).contains(bad.toString()) && aboutBad.get(0).contains("not text"), aboutBad.get(0));
        assertEquals(1, run.errLines().stream().filter(l -> l.contains("notes.md") && l.contains("skipped")).count(), "no note of the skipped file");
        Dataset written = RDFDataMgr.loadDataset(out.toString());
        assertTrue(written.asDatasetGraph().contains(Iris.report(GOOD), Iris.report(GOOD), PG.fileName,
                org.apache.jena.graph.NodeFactory.createLiteralString(GOOD)), "the good report is not in the output");
        assertEquals(List.of(Iris.report(GOOD).getURI()), graphNames(written));
    }

    @Test
    void fileOverTheSizeLimitIsRefusedTheSameWay() throws Exception {
        Path report = Files.copy(Path.of(System.getProperty("policygraph.root"), "corpus", GOOD), dir.resolve(GOOD));
        Path out = dir.resolve("graph.nq");

        Run run = extract("--max-bytes", "1000", "--out", out.toString(), report.toString());

        assertEquals(ExitCodes.INPUT_FAILED, run.exit());
        List<String> aboutReport = run.errLines().stream().filter(l -> l.contains(report.toString())).toList();
        assertEquals(1, aboutReport.size(), "lines about the report: " + aboutReport);
        assertTrue(aboutReport.get(0).contains("over the limit of 1000"), aboutReport.get(0));
        assertTrue(Files.exists(out), "the output is written even when nothing could be read");
    }

    private static List<String> graphNames(Dataset d) {
        List<String> names = new java.util.ArrayList<>();
        d.listNames().forEachRemaining(names::add);
        return names;
    }
}

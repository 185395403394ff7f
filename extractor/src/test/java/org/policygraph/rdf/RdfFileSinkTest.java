package org.policygraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.ontology.PG;
import org.policygraph.pipeline.ExtractedReport;
import org.policygraph.read.SourceDocument;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.Mention;
import org.policygraph.relate.TaskLinker;
import org.policygraph.resolve.Entity;
import org.policygraph.resolve.ResolvedMention;
import org.policygraph.structure.HeadingStructureParser;
import org.policygraph.structure.ReportStructure;

/** The file sink writes what Jena parses back to the same graph, and leaves nothing behind when abandoned. */
class RdfFileSinkTest {
    @TempDir
    Path dir;

    private static ExtractedReport a;
    private static ExtractedReport b;

    @BeforeAll
    static void buildReports() {
        a = report("a.txt", "第1项:推进中关村科学城建设。\n工作进展:北科院落地新型研发机构。", "中关村科学城", EntityType.PARK);
        b = report("b.txt", "第2项:支持怀柔科学城发展。", "怀柔科学城", EntityType.PARK);
    }

    private static ExtractedReport report(String file, String content, String name, EntityType type) {
        ReportStructure structure = new HeadingStructureParser().parse(content);
        int at = content.indexOf(name);
        List<ResolvedMention> mentions = List.of(new ResolvedMention(
                new Mention(at, at + name.length(), name, type, 1.0, "test"), new Entity(type, name)));
        return new ExtractedReport(new SourceDocument(file, content, "text/plain", "00"), content, structure, mentions,
                new TaskLinker().link(structure, mentions));
    }

    /** What the writer emits for the reports, caught in memory. */
    private static DatasetGraph expected(ExtractedReport... reports) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        StreamRDF out = StreamRDFLib.dataset(dsg);
        out.start();
        for (ExtractedReport r : reports) new ReportGraphWriter().write(r, out);
        out.finish();
        return dsg;
    }

    private static void writeFile(Path file, ExtractedReport... reports) throws IOException {
        try (RdfFileSink sink = new RdfFileSink(file)) {
            for (ExtractedReport r : reports) new ReportGraphWriter().write(r, sink.stream());
        }
    }

    @Test
    void trigAndNQuadsFilesParseBackToTheSameNamedGraphs() throws IOException {
        DatasetGraph expected = expected(a, b);
        for (String name : new String[] {"out.trig", "out.nq"}) {
            Path file = dir.resolve(name);
            writeFile(file, a, b);
            DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
            RDFParser.source(file).parse(parsed);
            assertEquals(2, parsed.size(), name + ": one named graph per report");
            assertTrue(parsed.containsGraph(Iris.report("a.txt")), name);
            assertTrue(IsoMatcher.isomorphic(expected, parsed), name + " does not parse back to what was written");
        }
    }

    @Test
    void turtleAndNTriplesFilesMergeTheReportsIntoOneGraph() throws IOException {
        DatasetGraph expected = expected(a, b);
        Graph union = expected.getUnionGraph();
        for (String name : new String[] {"out.ttl", "out.nt"}) {
            Path file = dir.resolve(name);
            writeFile(file, a, b);
            Graph parsed = RDFParser.source(file).toGraph();
            assertEquals(union.size(), parsed.size(), name);
            assertTrue(union.isIsomorphicWith(parsed), name + " does not parse back to the merged reports");
        }
    }

    @Test
    void targetAppearsOnlyOnCloseAndNoTemporaryFileRemains() throws IOException {
        Path file = dir.resolve("sub").resolve("out.trig");
        try (RdfFileSink sink = new RdfFileSink(file)) {
            new ReportGraphWriter().write(a, sink.stream());
            assertFalse(Files.exists(file), "target written before close");
        }
        assertTrue(Files.size(file) > 0);
        assertEquals(List.of(file), listFiles(file.getParent()));
    }

    @Test
    void abandonedSinkLeavesNoFile() throws IOException {
        Path file = dir.resolve("out.trig");
        RdfFileSink sink = new RdfFileSink(file);
        new ReportGraphWriter().write(a, sink.stream());
        sink.abandon();
        assertFalse(Files.exists(file));
        assertEquals(List.of(), listFiles(dir));
    }

    @Test
    void abandonedSinkKeepsAnEarlierOutput() throws IOException {
        Path file = dir.resolve("out.nq");
        writeFile(file, b);
        byte[] before = Files.readAllBytes(file);
        RdfFileSink sink = new RdfFileSink(file);
        new ReportGraphWriter().write(a, sink.stream());
        sink.abandon();
        assertTrue(Arrays.equals(before, Files.readAllBytes(file)), "earlier output changed");
        assertEquals(List.of(file), listFiles(dir));
    }

    @Test
    void unknownExtensionIsRefusedBeforeAnythingIsWritten() {
        Path file = dir.resolve("out.xyz");
        assertThrows(IllegalArgumentException.class, () -> new RdfFileSink(file));
        assertFalse(Files.exists(file));
    }

    @Test
    void closedFileHoldsTheContentLiteralIntact() throws IOException {
        Path file = dir.resolve("out.nq");
        writeFile(file, a);
        DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
        RDFParser.source(file).parse(parsed);
        Node report = Iris.report("a.txt");
        String content = parsed.getGraph(report).find(report, PG.content, Node.ANY)
                .next().getObject().getLiteralLexicalForm();
        assertEquals(a.content(), content);
    }

    private static List<Path> listFiles(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }
}

package org.policygraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.Corpus;
import org.policygraph.TrainingReports;
import org.policygraph.ontology.PG;
import org.policygraph.rdf.ReportGraphWriter;
import org.policygraph.read.UnreadableInputException;

/**
 * Extraction on three threads gives the graph one thread gives (extraction times aside), and the
 * consumer hears the reports in input order, a bad file among them.
 */
class ParallelExtractionTest {
    @TempDir
    static Path dir;

    private static Extractor extractor;
    private static List<Path> files;

    @BeforeAll
    static void build() throws IOException {
        extractor = Extractor.standard(ExtractorSettings.defaults());
        files = new ArrayList<>();
        for (String r : Corpus.ALL) files.add(Corpus.path(r));
        files.add(Files.write(dir.resolve("empty.txt"), new byte[0]));
        files.addAll(TrainingReports.all().subList(0, 4));
    }

    @Test
    void threeThreadsWriteTheGraphOfOne() {
        Run one = run(1), three = run(3);
        assertEquals(one.order, three.order, "reports reach the consumer in input order");
        assertEquals(files.stream().map(f -> f.getFileName().toString()).filter(n -> !n.equals("empty.txt")).toList(), one.order);
        assertEquals(1, one.failures.size());
        assertEquals(one.failures.get(0).path(), three.failures.get(0).path());
        assertTrue(one.graph.stream().count() > 10_000, "a real graph");
        assertEquals(one.graph.stream().count(), three.graph.stream().count());
        assertTrue(IsoMatcher.isomorphic(one.graph, three.graph), "the graphs of one and three threads differ");
    }

    private record Run(DatasetGraph graph, List<String> order, List<UnreadableInputException> failures) {}

    private static Run run(int threads) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        StreamRDF out = StreamRDFLib.dataset(dsg);
        ReportGraphWriter writer = new ReportGraphWriter();
        List<String> order = new ArrayList<>();
        out.start();
        List<UnreadableInputException> failures = new BatchExtraction(extractor, threads).run(files, r -> {
            order.add(r.source().fileName());
            writer.write(r, out);
        }, BatchListener.SILENT);
        out.finish();
        // when each report was extracted differs from run to run; nothing else may
        dsg.deleteAny(Node.ANY, Node.ANY, PG.endedAtTime, Node.ANY);
        return new Run(dsg, order, failures);
    }
}

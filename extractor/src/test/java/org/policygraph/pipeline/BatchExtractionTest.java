package org.policygraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.Corpus;
import org.policygraph.rdf.ReportGraphWriter;
import org.policygraph.read.UnreadableInputException;
import org.policygraph.recognise.Mention;
import org.policygraph.resolve.ResolvedMention;
import org.policygraph.structure.Task;

/**
 * The standard extractor (HanLP and all, built once) over a folder with one sample report between
 * an empty file and a file of random bytes: the report is extracted, the two bad files are
 * reported with their paths, and the batch runs to the end.
 */
class BatchExtractionTest {
    @TempDir
    static Path dir;

    private static Path empty;
    private static Path report;
    private static Path noise;
    private static final List<String> events = new ArrayList<>();
    private static final List<ExtractedReport> sunk = new ArrayList<>();
    private static final List<UnreadableInputException> heard = new ArrayList<>();
    private static List<UnreadableInputException> failures;

    @BeforeAll
    static void runBatch() throws IOException {
        // folder names fix the order: a bad file, the report, a bad file
        empty = Files.write(Files.createDirectories(dir.resolve("a")).resolve("empty.txt"), new byte[0]);
        report = Files.copy(Corpus.path(Corpus.R000), Files.createDirectories(dir.resolve("b")).resolve(Corpus.R000));
        byte[] bytes = new byte[8192];
        new Random(11L).nextBytes(bytes);
        noise = Files.write(Files.createDirectories(dir.resolve("c")).resolve("noise.txt"), bytes);

        List<Path> files = InputFiles.expand(List.of(dir));
        assertEquals(List.of(empty, report, noise), files);

        BatchExtraction batch = new BatchExtraction(Extractor.standard(ExtractorSettings.defaults()));
        failures = batch.run(files, sunk::add, new BatchListener() {
            @Override
            public void extracted(int done, int total, Path file, ExtractedReport r) {
                events.add("extracted " + done + "/" + total + " " + file.getFileName());
            }

            @Override
            public void failed(int done, int total, Path file, UnreadableInputException reason) {
                events.add("failed " + done + "/" + total + " " + file.getFileName());
                heard.add(reason);
                assertEquals(file, reason.path());
            }
        });
    }

    @Test
    void batchRunsToTheEndAndTellsTheListenerAboutEveryFile() {
        assertEquals(List.of("failed 1/3 empty.txt", "extracted 2/3 " + Corpus.R000, "failed 3/3 noise.txt"), events);
    }

    @Test
    void badFilesAreReportedWithTheirPathsAndReasons() {
        assertEquals(List.of(empty, noise), failures.stream().map(UnreadableInputException::path).toList());
        assertEquals(failures, heard);
        assertTrue(failures.get(0).getMessage().contains(empty.toString()) && failures.get(0).getMessage().contains("empty"),
                failures.get(0).getMessage());
        assertTrue(failures.get(1).getMessage().contains(noise.toString()), failures.get(1).getMessage());
    }

    @Test
    void goodReportIsExtracted() {
        assertEquals(1, sunk.size());
        ExtractedReport r = sunk.get(0);
        assertEquals(Corpus.R000, r.source().fileName());
        assertEquals(22, r.structure().tasks().size(), "tasks");
        assertTrue(r.mentions().size() > 50, "only " + r.mentions().size() + " mentions");
        assertTrue(r.links().size() > 20, "only " + r.links().size() + " task links");
        assertTrue(r.content().startsWith("第39项:优先推动试点政策"), r.content().substring(0, 20));
    }

    @Test
    void everyMentionIsTheTextAtItsSpan() {
        String content = sunk.get(0).content();
        for (ResolvedMention rm : sunk.get(0).mentions()) {
            Mention m = rm.mention();
            if (m.start() < 0 || m.end() > content.length() || m.start() >= m.end()) fail("bad span " + m);
            if (!m.text().equals(content.substring(m.start(), m.end()))) {
                fail("mention '" + m.text() + "' [" + m.start() + "," + m.end() + ") but the text there is '" + content.substring(m.start(), m.end()) + "'");
            }
        }
    }

    @Test
    void mentionsAreInTextOrderAndOverlapOnlyWhenNested() {
        // a known name quoted inside a longer name (“三城一区”规划) is the one overlap allowed: it lies wholly inside
        List<ResolvedMention> ms = sunk.get(0).mentions();
        for (int i = 1; i < ms.size(); i++) {
            Mention a = ms.get(i - 1).mention();
            Mention b = ms.get(i).mention();
            if (b.start() < a.start()) fail("mentions out of order: " + a + " then " + b);
            if (b.start() < a.end() && !(a.covers(b) || b.covers(a))) fail("mentions overlapping without nesting: " + a + " then " + b);
        }
    }

    @Test
    void everyTaskLinkComesFromAMentionInsideTheTask() {
        ExtractedReport r = sunk.get(0);
        r.links().forEach(link -> {
            Task t = link.task();
            boolean found = r.mentions().stream().anyMatch(rm -> rm.entity().equals(link.entity()) && t.contains(rm.mention().start()));
            if (!found) fail(t.key() + " linked to " + link.entity() + " with no mention inside it");
        });
    }

    @Test
    void writtenGraphKeepsTheSubstrContractForEveryMention() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        StreamRDF out = StreamRDFLib.dataset(dsg);
        out.start();
        new ReportGraphWriter().write(sunk.get(0), out);
        out.finish();
        String query = """
                PREFIX pg: <https://w3id.org/policygraph/ontology#>
                SELECT (COUNT(?m) AS ?all) (SUM(IF(SUBSTR(?c, ?s + 1, ?e - ?s) = ?t, 1, 0)) AS ?good) {
                  GRAPH ?g { ?r pg:content ?c . ?m a pg:Mention ; pg:report ?r ; pg:text ?t ; pg:start ?s ; pg:end ?e }
                }""";
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query).build()) {
            QuerySolution row = qe.execSelect().next();
            int all = row.getLiteral("all").getInt();
            assertEquals(sunk.get(0).mentions().size(), all);
            assertEquals(all, row.getLiteral("good").getInt(), "mentions whose SUBSTR is not their text");
        }
    }
}

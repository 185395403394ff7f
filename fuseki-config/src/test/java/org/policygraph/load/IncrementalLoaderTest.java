package org.policygraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.pipeline.ExtractedReport;
import org.policygraph.pipeline.Extractor;
import org.policygraph.ontology.PG;
import org.policygraph.pipeline.ExtractorSettings;
import org.policygraph.pipeline.PolicyGraphVersion;
import org.policygraph.rdf.Iris;
import org.policygraph.read.UnreadableInputException;

class IncrementalLoaderTest {
    @TempDir
    Path temp;

    private Path reports;
    private Path data;
    private final AtomicInteger extractorsBuilt = new AtomicInteger();

    @BeforeEach
    void copyCorpus() throws IOException {
        reports = Files.createDirectories(temp.resolve("reports"));
        data = temp.resolve("data");
        try (Stream<Path> files = Files.list(TestCorpus.folder())) {
            for (Path f : files.toList()) Files.copy(f, reports.resolve(f.getFileName()));
        }
    }

    @Test
    void aSecondLoadOfUnchangedInputsExtractsNothing() throws IOException {
        LoadResult first = load(new Heard());
        assertEquals(3, first.extracted().size());

        Heard heard = new Heard();
        LoadResult second = load(heard);
        assertEquals(List.of(), second.extracted());
        assertEquals(3, second.unchanged().size());
        assertEquals(3, heard.unchanged.size(), "the listener hears 'unchanged'");
        assertEquals(List.of(), heard.extracted);
        assertEquals(1, extractorsBuilt.get(), "the second load never built the extractor");
    }

    @Test
    void onlyAChangedReportIsExtractedAgain() throws IOException {
        load(new Heard());
        Path changed = firstReport();
        String oldHash;
        try (ReportStore store = ReportStore.open(data)) {
            oldHash = store.storedHash(Iris.report(changed.getFileName().toString())).orElseThrow();
        }
        Files.writeString(changed, "\n第99项：新增任务\n工作进展：北京市科学技术委员会牵头推进。\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        Heard heard = new Heard();
        LoadResult second = load(heard);
        assertEquals(List.of(changed.getFileName().toString()), second.extracted());
        assertEquals(2, second.unchanged().size());
        try (ReportStore store = ReportStore.open(data)) {
            String newHash = store.storedHash(Iris.report(changed.getFileName().toString())).orElseThrow();
            assertNotEquals(oldHash, newHash);
            assertEquals(3, store.summary().reports());
        }
    }

    @Test
    void aReportAnotherVersionExtractedIsExtractedAgain() throws IOException {
        load(new Heard());
        String name = firstReport().getFileName().toString();
        Node report = Iris.report(name);
        try (ReportStore store = ReportStore.open(data)) {
            DatasetGraph ds = store.dataset();
            Txn.executeWrite(ds, () -> {
                List<Quad> versions = Iter.toList(ds.find(report, Node.ANY, PG.softwareVersion, Node.ANY));
                assertEquals(1, versions.size());
                Quad q = versions.get(0);
                ds.delete(q);
                ds.add(new Quad(report, q.getSubject(), PG.softwareVersion, NodeFactory.createLiteralString("0.0.1-an-older-one")));
            });
        }

        LoadResult second = load(new Heard());
        assertEquals(List.of(name), second.extracted());
        assertEquals(2, second.unchanged().size());
        try (ReportStore store = ReportStore.open(data)) {
            assertEquals(Optional.of(PolicyGraphVersion.current()), store.storedExtraction(report).flatMap(StoredExtraction::version));
        }
    }

    @Test
    void aPruningLoadRemovesAReportNoLongerAmongTheInputs() throws IOException {
        load(new Heard());
        Path gone = firstReport();
        Files.delete(gone);
        Heard heard = new Heard();
        LoadResult second = loadAndPrune(heard);
        assertEquals(List.of(gone.getFileName().toString()), second.removed());
        assertEquals(List.of(gone.getFileName().toString()), heard.removed);
        try (ReportStore store = ReportStore.open(data)) {
            assertEquals(2, store.summary().reports());
        }
    }

    @Test
    void aPlainLoadLeavesOtherReportsAlone() throws IOException {
        load(new Heard());
        Path other = Files.createDirectories(temp.resolve("other"));
        Path moved = firstReport();
        Files.move(moved, other.resolve(moved.getFileName()));
        Heard heard = new Heard();
        LoadResult second = load(heard, reports);
        assertEquals(List.of(), second.removed());
        assertEquals(2, second.unchanged().size());
        try (ReportStore store = ReportStore.open(data)) {
            assertEquals(3, store.summary().reports(), "the report not among the inputs is kept");
        }
    }

    @Test
    void badInputsAreReportedAndTheRestIsLoaded() throws IOException {
        Files.write(reports.resolve("empty.txt"), new byte[0]);
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.copy(firstReport(), elsewhere.resolve(firstReport().getFileName()));
        Heard heard = new Heard();
        LoadResult r = load(heard, reports, elsewhere);
        assertEquals(3, r.extracted().size());
        assertEquals(2, r.failures().size());
        assertTrue(r.failures().stream().anyMatch(e -> e.getMessage().contains("empty file")));
        assertTrue(r.failures().stream().anyMatch(e -> e.getMessage().contains("same file name")));
        assertEquals(2, heard.failed.size());
    }

    private Path firstReport() throws IOException {
        try (Stream<Path> files = Files.list(reports)) {
            return files.sorted().findFirst().orElseThrow();
        }
    }

    private LoadResult load(Heard listener) throws IOException {
        return load(listener, reports);
    }

    private LoadResult loadAndPrune(Heard listener) throws IOException {
        try (ReportStore store = ReportStore.open(data)) {
            return loader(store).loadAndPrune(List.of(reports), listener);
        }
    }

    private IncrementalLoader loader(ReportStore store) {
        return new IncrementalLoader(store, this::countedExtractor, ExtractorSettings.defaults());
    }

    /** Each load opens the store afresh, as a new run of the command would. */
    private LoadResult load(Heard listener, Path... inputs) throws IOException {
        try (ReportStore store = ReportStore.open(data)) {
            return loader(store).load(List.of(inputs), listener);
        }
    }

    private Extractor countedExtractor() {
        extractorsBuilt.incrementAndGet();
        return TestCorpus.extractor();
    }

    /** Catches what the listener hears. */
    private static final class Heard implements LoadListener {
        final List<Path> extracted = new ArrayList<>();
        final List<Path> unchanged = new ArrayList<>();
        final List<Path> failed = new ArrayList<>();
        final List<String> removed = new ArrayList<>();

        @Override public void extracted(int done, int total, Path file, ExtractedReport report) { extracted.add(file); }

        @Override public void failed(int done, int total, Path file, UnreadableInputException reason) { failed.add(file); }

        @Override public void unchanged(int done, int total, Path file) { unchanged.add(file); }

        @Override public void removed(String fileName) { removed.add(fileName); }
    }
}

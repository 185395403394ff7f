package org.policygraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.pipeline.ExtractedReport;
import org.policygraph.rdf.Iris;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.Mention;
import org.policygraph.resolve.Entity;
import org.policygraph.resolve.ResolvedMention;

class ReportStoreTest {
    private static List<ExtractedReport> corpus;

    @TempDir
    Path data;

    private ReportStore store;

    @BeforeAll
    static void extractCorpus() {
        corpus = TestCorpus.reports();
    }

    @BeforeEach
    void open() throws IOException {
        store = ReportStore.open(data);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void loadingTheSameReportTwiceLeavesTheGraphAsItWas() {
        ExtractedReport r = corpus.get(0);
        store.replace(r);
        long once = quadCount();
        Set<Quad> graphOnce = graph(r);
        store.replace(r);
        assertEquals(once, quadCount());
        assertEquals(graphOnce, graph(r));
        assertEquals(TestCorpus.quads(r), graphOnce);
    }

    @Test
    void aChangedReportReplacesItsGraphWhole() {
        ExtractedReport original = corpus.get(0);
        store.replace(original);
        store.replace(corpus.get(1));
        Set<Quad> other = graph(corpus.get(1));

        ExtractedReport changed = TestCorpus.shortened(original);
        store.replace(changed);

        assertEquals(TestCorpus.quads(changed), graph(changed), "nothing of the old version is left");
        assertEquals(Optional.of(changed.source().sha256()), store.storedHash(Iris.report(original.source().fileName())));
        assertEquals(other, graph(corpus.get(1)), "the other report is untouched");
    }

    @Test
    void aReplacementThatFailsHalfwayLeavesTheOldGraph() {
        ExtractedReport r = corpus.get(0);
        store.replace(r);
        Set<Quad> before = graph(r);
        // a mention past the end of the text makes the writer fail after the report's own triples went out
        Mention bad = new Mention(r.content().length() + 5, r.content().length() + 7, "坏的", EntityType.PLACE, 1.0, "test");
        List<ResolvedMention> mentions = new ArrayList<>(r.mentions());
        mentions.add(new ResolvedMention(bad, new Entity(EntityType.PLACE, "坏的")));
        ExtractedReport broken = new ExtractedReport(r.source(), r.content(), r.structure(), mentions, r.links());

        assertThrows(RuntimeException.class, () -> store.replace(broken));
        assertEquals(before, graph(r));
    }

    @Test
    void storedHashIsTheFileHashAndEmptyForUnknownReports() {
        ExtractedReport r = corpus.get(2);
        assertEquals(Optional.empty(), store.storedHash(Iris.report(r.source().fileName())));
        store.replace(r);
        assertEquals(Optional.of(r.source().sha256()), store.storedHash(Iris.report(r.source().fileName())));
        assertEquals(64, r.source().sha256().length());
    }

    @Test
    void removeDeletesOnlyThatReport() {
        corpus.forEach(store::replace);
        assertTrue(store.remove(corpus.get(1).source().fileName()));
        assertFalse(store.remove(corpus.get(1).source().fileName()), "already gone");
        assertEquals(Set.of(corpus.get(0).source().fileName(), corpus.get(2).source().fileName()), store.storedReports().keySet());
        assertTrue(graph(corpus.get(1)).isEmpty());
    }

    @Test
    void summaryCountsOverTheUnionOfReportGraphs() {
        corpus.forEach(store::replace);
        StoreSummary s = store.summary();
        assertEquals(3, s.reports());
        assertEquals(corpus.stream().mapToLong(r -> r.structure().tasks().size()).sum(), s.tasks());
        assertEquals(corpus.stream().mapToLong(r -> r.mentions().size()).sum(), s.mentions());
        // entities are what mentions name, and issuers a policy title names without a mention of their own
        long distinctEntities = corpus.stream()
                .flatMap(r -> java.util.stream.Stream.concat(r.mentions().stream().map(ResolvedMention::entity),
                        r.involvements().stream().map(i -> i.entity())))
                .distinct().count();
        assertEquals(distinctEntities, s.entities(), "an entity in two reports is one node");
        assertEquals(EntityType.values().length, s.entitiesByType().size());
        assertTrue(s.triples() > 0 && s.triples() <= quadCount(), "shared entity triples count once");
    }

    @Test
    void theStoreSurvivesReopening() throws IOException {
        corpus.forEach(store::replace);
        long quads = quadCount();
        store.close();
        store = ReportStore.open(data);
        assertEquals(quads, quadCount());
        assertEquals(3, store.summary().reports());
    }

    private long quadCount() {
        return Txn.calculateRead(store.dataset(), () -> {
            long n = 0;
            for (var it = store.dataset().find(); it.hasNext(); it.next()) n++;
            return n;
        });
    }

    private Set<Quad> graph(ExtractedReport r) {
        Node g = Iris.report(r.source().fileName());
        return Txn.calculateRead(store.dataset(), () -> {
            Set<Quad> out = new HashSet<>();
            store.dataset().find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
            return out;
        });
    }
}

package org.policygraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.pipeline.ExtractedReport;

/**
 * Into an empty folder a batch goes through TDB2's bulk loader, into a store that holds reports
 * through write transactions: both give the same quads, the same text index and the same counts.
 */
class BulkLoadTest {
    @TempDir
    Path temp;

    @Test
    void theBulkLoaderStoresWhatTransactionsStore() throws IOException {
        List<ExtractedReport> corpus = TestCorpus.reports();
        Path bulk = temp.resolve("bulk"), txn = temp.resolve("txn");
        try (ReportStore store = ReportStore.open(bulk); ReportBatch batch = store.batch()) {
            assertTrue(batch.getClass().getSimpleName().startsWith("Bulk"), "an empty folder is bulk-loaded: " + batch.getClass());
            corpus.forEach(batch::add);
        }
        try (ReportStore store = ReportStore.open(txn)) {
            store.replace(corpus.get(0));
            try (ReportBatch batch = store.batch()) {
                assertTrue(batch instanceof ReportBatch.Grouped, "a store holding reports takes transactions");
                corpus.subList(1, corpus.size()).forEach(batch::add);
            }
        }
        try (ReportStore a = ReportStore.open(bulk); ReportStore b = ReportStore.open(txn)) {
            assertEquals(b.summary(), a.summary());
            assertTrue(IsoMatcher.isomorphic(copy(a.dataset()), copy(b.dataset())), "the two stores hold different quads");
            assertEquals(indexEntries(b), indexEntries(a), "the bulk-loaded text index");
            assertTrue(indexEntries(a) > 100);
        }
    }

    private static DatasetGraph copy(DatasetGraph stored) {
        DatasetGraph out = DatasetGraphFactory.createGeneral();
        Txn.executeRead(stored, () -> stored.find().forEachRemaining(out::add));
        return out;
    }

    private static long indexEntries(ReportStore store) {
        return ((TextIndexLucene) ((DatasetGraphText) store.dataset()).getTextIndex()).getIndexWriter().getDocStats().numDocs;
    }
}

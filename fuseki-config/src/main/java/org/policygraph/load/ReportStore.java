package org.policygraph.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.policygraph.ontology.PG;
import org.policygraph.pipeline.ExtractedReport;
import org.policygraph.rdf.Iris;
import org.policygraph.rdf.ReportGraphWriter;

/**
 * The persistent graph: the dataset of the configuration (TDB2 with its full-text index) with one
 * named graph per report, named by the report IRI. A report's graph is only ever replaced whole,
 * in one write transaction, so a reader (the SPARQL endpoint, a crash recovery) sees the old graph
 * or the new one, never half of either; the text index changes in the same transaction.
 */
public final class ReportStore implements ReportGraphStore, AutoCloseable {
    private final DatasetGraph dataset;
    private final boolean persistent;
    private final ReportGraphWriter writer = new ReportGraphWriter();
    // runs inside each write transaction just before it commits; only the crash test sets it
    private Runnable beforeCommit = () -> {};
    private boolean closed;
    private int writesSinceCompaction;

    private ReportStore(DatasetGraph dataset, boolean persistent) {
        this.dataset = dataset;
        this.persistent = persistent;
        // queries without GRAPH see every report; the real default graph stays empty
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens (creating if needed) the dataset of PolicyGraph's own configuration in a folder: TDB2 with its text index. */
    public static ReportStore open(Path folder) throws IOException {
        return open(DatasetConfig.bundled(folder));
    }

    /**
     * Opens (creating if needed) the dataset a configuration describes. A text index found empty
     * over stored reports (a data folder from before the index, or restored from a backup) is
     * filled from them first.
     */
    public static ReportStore open(DatasetConfig config) throws IOException {
        ReportStore store = new ReportStore(config.assemble(), true);
        try {
            TextIndexCatchUp.indexIfEmpty(store.dataset);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /** A TDB2 dataset in memory: same transactions and union graph, nothing on disk. */
    public static ReportStore inMemory() {
        return new ReportStore(DatabaseMgr.createDatasetGraph(), false);
    }

    /** The dataset itself, for the SPARQL server: its admin endpoints write to it directly, in their own transactions. */
    public DatasetGraph dataset() {
        return dataset;
    }

    @Override
    public Optional<StoredExtraction> storedExtraction(Node reportIri) {
        return Txn.calculateRead(dataset, () -> object(reportIri, reportIri, PG.sha256).map(sha -> {
            Optional<Node> software = object(reportIri, reportIri, PG.wasGeneratedBy).flatMap(a -> object(reportIri, a, PG.wasAssociatedWith));
            Optional<String> version = software.flatMap(w -> object(reportIri, w, PG.softwareVersion)).map(Node::getLiteralLexicalForm);
            return new StoredExtraction(sha.getLiteralLexicalForm(), version);
        }));
    }

    /** The object of the first quad of the graph with this subject and predicate. */
    private Optional<Node> object(Node graph, Node subject, Node predicate) {
        Iterator<Quad> it = dataset.find(graph, subject, predicate, Node.ANY);
        try {
            return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
        } finally {
            Iter.close(it);
        }
    }

    @Override
    public Map<String, String> storedReports() {
        return Txn.calculateRead(dataset, () -> {
            Map<String, String> out = new TreeMap<>();
            Iterator<Quad> it = dataset.find(Node.ANY, Node.ANY, PG.fileName, Node.ANY);
            try {
                it.forEachRemaining(q -> {
                    String name = q.getObject().getLiteralLexicalForm();
                    Node report = Iris.report(name);
                    out.put(name, object(report, report, PG.sha256).map(Node::getLiteralLexicalForm).orElse(""));
                });
            } finally {
                Iter.close(it);
            }
            return out;
        });
    }

    /** Puts the report's graph in place of any stored one, in one write transaction. */
    @Override
    public void replace(ExtractedReport report) {
        replaceAll(List.of(report));
    }

    /** Puts the reports' graphs in place of any stored ones, all in one write transaction. */
    @Override
    public void replaceAll(List<ExtractedReport> reports) {
        if (reports.isEmpty()) return;
        Txn.executeWrite(dataset, () -> {
            for (ExtractedReport report : reports) {
                Node graph = Iris.report(report.source().fileName());
                dataset.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
                writer.write(report, StreamRDFLib.dataset(dataset));
            }
            addPrefixes();
            beforeCommit.run();
        });
        writesSinceCompaction++;
    }

    /**
     * Into an empty TDB2 folder, TDB2's own bulk loader (what {@code tdb2.tdbloader} runs), then
     * the text index filled from what it loaded; otherwise reports grouped into few write
     * transactions. A bulk load is not one transaction: one killed midway leaves a folder to
     * delete and load again (it held nothing before).
     */
    @Override
    public ReportBatch batch() {
        DatasetGraph tdb = tdb2Under(dataset);
        boolean empty = Txn.calculateRead(dataset, () -> dataset.isEmpty());
        if (!persistent || !empty || !(tdb instanceof DatasetGraphSwitchable switchable) || switchable.getLocation().isMem()) {
            return ReportGraphStore.super.batch();
        }
        return new BulkBatch(tdb);
    }

    /** Reports streamed into TDB2's bulk loader; the text index is filled when it finishes. */
    private final class BulkBatch implements ReportBatch {
        private final DataLoader loader;
        private boolean started;

        BulkBatch(DatasetGraph tdb) {
            loader = LoaderFactory.createLoader(tdb, (format, args) -> {});
        }

        @Override
        public void add(ExtractedReport report) {
            if (!started) {
                loader.startBulk();
                started = true;
            }
            writer.write(report, loader.stream());
        }

        @Override
        public void close() {
            if (!started) return;
            started = false;
            loader.finishBulk();
            TextIndexCatchUp.indexIfEmpty(dataset);
            Txn.executeWrite(dataset, ReportStore.this::addPrefixes);
            // a bulk load leaves no replaced blocks behind: nothing to compact
        }
    }

    /**
     * Compacts the TDB2 database when it was written since it was opened (or last compacted):
     * TDB2 never overwrites a block in place, so every write transaction leaves the blocks it
     * replaced behind. Compaction copies the live data to a fresh generation ({@code Data-000N})
     * and deletes the old one; readers carry on meanwhile. Nothing to do in memory.
     */
    @Override
    public void reclaim() {
        if (!persistent || writesSinceCompaction == 0) return;
        DatasetGraph tdb = tdb2Under(dataset);
        if (!(tdb instanceof DatasetGraphSwitchable switchable) || switchable.getLocation().isMem()) return;
        DatabaseMgr.compact(tdb, true);
        writesSinceCompaction = 0;
    }

    @Override
    public boolean remove(Node reportIri) {
        return Txn.calculateWrite(dataset, () -> {
            boolean present = dataset.find(reportIri, Node.ANY, Node.ANY, Node.ANY).hasNext();
            dataset.deleteAny(reportIri, Node.ANY, Node.ANY, Node.ANY);
            beforeCommit.run();
            writesSinceCompaction++;
            return present;
        });
    }

    /** Runs the action inside every later write transaction, just before it commits: how a test kills a load mid-transaction. */
    void beforeCommit(Runnable action) {
        this.beforeCommit = action;
    }

    @Override
    public StoreSummary summary() {
        return Txn.calculateRead(dataset, () -> StoreSummary.count(query -> QueryExec.dataset(dataset).query(query).select()));
    }

    /** So results and the Fuseki UI can show pg:… rather than full IRIs. */
    private void addPrefixes() {
        var prefixes = dataset.prefixes();
        if (prefixes.get("pg") == null) {
            prefixes.add("pg", PG.NS);
            prefixes.add("skos", PG.SKOS);
            prefixes.add("prov", PG.PROV);
            prefixes.add("dct", PG.DCT);
        }
    }

    /** Closes the text index and releases the folder, so another store (or process) can open it. */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        if (!persistent) return;
        dataset.close();
        TDBInternal.expel(tdb2Under(dataset));
    }

    /** The TDB2 dataset a text dataset (or other wrapper) stands on. */
    static DatasetGraph tdb2Under(DatasetGraph dataset) {
        DatasetGraph d = dataset;
        while (!TDBInternal.isTDB2(d) && d instanceof DatasetGraphWrapper wrapper) d = wrapper.getWrapped();
        return d;
    }
}

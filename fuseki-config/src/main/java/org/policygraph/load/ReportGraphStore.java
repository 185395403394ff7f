package org.policygraph.load;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.policygraph.pipeline.ExtractedReport;
import org.policygraph.rdf.Iris;

/**
 * Where reports' graphs are kept, one named graph per report, named by the report's IRI: a
 * local dataset ({@link ReportStore}) or a running server ({@link RemoteReportStore}). The
 * loader writes to either without knowing which.
 */
public interface ReportGraphStore extends AutoCloseable {
    /** The hash and version the stored graph of this report was extracted from and by, if stored. */
    Optional<StoredExtraction> storedExtraction(Node reportIri);

    /** The SHA-256 of the file bytes the stored graph of this report was extracted from, if stored. */
    default Optional<String> storedHash(Node reportIri) {
        return storedExtraction(reportIri).map(StoredExtraction::sha256);
    }

    /** Stored reports by file name, with the hash each was extracted from. */
    Map<String, String> storedReports();

    /** Puts the report's graph in place of any stored one, atomically: a reader sees the old graph or the new, never neither. */
    void replace(ExtractedReport report);

    /**
     * Puts the reports' graphs in place of any stored ones. Each report is still replaced whole;
     * a local store does it in one transaction for the lot, which is what keeps a bulk load fast
     * and its folder small.
     */
    default void replaceAll(List<ExtractedReport> reports) {
        for (ExtractedReport r : reports) replace(r);
    }

    /** Starts writing many reports; by default they are grouped into {@link #replaceAll} calls. */
    default ReportBatch batch() {
        return new ReportBatch.Grouped(this);
    }

    /** Gives back the space that replaced and deleted graphs left behind, where the store keeps any (TDB2 does). */
    default void reclaim() {}

    /** Deletes the graph of the report with this IRI; false if there was none. */
    boolean remove(Node reportIri);

    /** What the store holds, counted over the union of the report graphs. */
    StoreSummary summary();

    /** Releases what the store holds open (a local data folder); nothing for a remote one. */
    @Override
    void close();

    /** Deletes the graph of the report with this file name; false if there was none. */
    default boolean remove(String fileName) {
        return remove(Iris.report(fileName));
    }
}

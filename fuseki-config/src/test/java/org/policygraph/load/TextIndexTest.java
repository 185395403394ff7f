package org.policygraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.pipeline.ExtractedReport;
import org.policygraph.read.SourceDocument;
import org.policygraph.serve.ServedCorpus;

/** The full-text index follows the report graphs: what is stored is found, what is removed or replaced is gone. */
class TextIndexTest {
    private static final String PREFIXES = "PREFIX text: <http://jena.apache.org/text#>\nPREFIX pg: <https://w3id.org/policygraph/ontology#>\n"
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n";
    private static final String PARK = "'\"中关村集成电路设计园\"'";

    @TempDir
    Path data;

    private ReportStore store;
    private List<ExtractedReport> corpus;

    @BeforeEach
    void open() throws IOException {
        corpus = TestCorpus.reports();
        store = ReportStore.open(data);
        corpus.forEach(store::replace);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void headingsSentencesAndNamesAreFoundByAChineseWordThroughTheUnionGraph() {
        // 000 第72项 "重点发展集成电路产业…", 001 (二十七) "特色创新园—中关村集成电路设计园"
        assertEquals(2, hits("pg:title", "'集成电路'", null));
        assertTrue(hits("pg:text", "'集成电路'", null) >= 3, "sentences");
        assertEquals(0, count("SELECT (COUNT(*) AS ?n) { (?s ?score) text:query (pg:text '集成电路') . FILTER NOT EXISTS { ?s a pg:Sentence } }"),
                "a mention's or a figure's pg:text is not indexed: its sentence is");
        // a word inside a longer name: the analyser splits 中关村集成电路设计园 into words
        assertEquals(2, hits("skos:prefLabel", "'集成电路'", null), "the park, once per report that names it");
        long tasks = count("SELECT (COUNT(DISTINCT ?t) AS ?n) { ?t text:query (pg:title '集成电路') . ?t a pg:Task ; pg:report ?r . ?r a pg:Report }");
        assertEquals(2, tasks, "the hits join the union default graph");
    }

    @Test
    void removingAReportRemovesItsTextButNotNamesOtherReportsHold() {
        String g000 = graph(corpus.get(0)), g001 = graph(corpus.get(1));
        assertEquals(1, hits("skos:prefLabel", PARK, g000));
        assertEquals(1, hits("skos:prefLabel", PARK, g001));

        assertTrue(store.remove(corpus.get(0).source().fileName()));
        assertEquals(0, hits("pg:title", "'集成电路'", g000));
        assertEquals(0, hits("pg:text", "'集成电路'", g000));
        assertEquals(0, hits("skos:prefLabel", PARK, g000));
        assertEquals(1, hits("skos:prefLabel", PARK, null), "001 still names the park: its entry stays");
        assertEquals(1, count("SELECT (COUNT(*) AS ?n) { ?e skos:prefLabel \"中关村集成电路设计园\"@zh }"), "and so does its label");

        assertTrue(store.remove(corpus.get(1).source().fileName()));
        assertEquals(0, hits("skos:prefLabel", PARK, null));
    }

    @Test
    void aChangedReportReplacesItsText() {
        ExtractedReport original = corpus.get(0);
        SourceDocument src = original.source();
        ExtractedReport changed = TestCorpus.extractor().extract(
                new SourceDocument(src.fileName(), src.text().replace("集成电路", "量子芯片"), src.mediaType(), "changed"));
        store.replace(changed);
        String g000 = graph(original);
        assertEquals(0, hits("pg:title", "'集成电路'", g000));
        assertEquals(0, hits("pg:text", "'集成电路'", g000));
        assertEquals(1, hits("pg:title", "'量子芯片'", g000));
        assertEquals(1, hits("pg:title", "'集成电路'", null), "001's heading is untouched");
    }

    @Test
    void replacingAReportWithItselfLeavesTheIndexAsItWas() {
        long entries = indexEntries();
        store.replace(corpus.get(1));
        store.replace(corpus.get(1));
        assertEquals(entries, indexEntries());
    }

    @Test
    void anEmptyIndexIsFilledFromTheStoredReports() throws IOException {
        long entries = indexEntries();
        long found = hits("pg:text", "'集成电路'", null);
        store.close();
        ServedCorpus.deleteTree(data.resolve("text-index"));
        store = ReportStore.open(data);
        assertEquals(entries, indexEntries(), "rebuilt from the quads");
        assertEquals(found, hits("pg:text", "'集成电路'", null));
        store.close();
        store = ReportStore.open(data);
        assertEquals(entries, indexEntries(), "a filled index is left as it is");
    }

    private long indexEntries() {
        TextIndexLucene index = (TextIndexLucene) ((DatasetGraphText) store.dataset()).getTextIndex();
        return index.getIndexWriter().getDocStats().numDocs;
    }

    /** Index hits for the words on a property, in one report's graph or (null) all of them. */
    private long hits(String property, String words, String graph) {
        String search = "(?s ?score ?text) text:query (" + property + " " + words + ")";
        return count("SELECT (COUNT(*) AS ?n) { " + (graph == null ? search : "GRAPH <" + graph + "> { " + search + " }") + " }");
    }

    private long count(String select) {
        return Txn.calculateRead(store.dataset(), () -> ((Number) QueryExec.dataset(store.dataset()).query(PREFIXES + select)
                .select().next().get("n").getLiteralValue()).longValue());
    }

    private static String graph(ExtractedReport r) {
        return org.policygraph.rdf.Iris.report(r.source().fileName()).getURI();
    }
}

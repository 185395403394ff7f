package org.policygraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.pipeline.ExtractedReport;
import org.policygraph.read.SourceDocument;
import org.policygraph.read.TextFileReader;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.Mention;
import org.policygraph.relate.TaskLink;
import org.policygraph.resolve.Entity;
import org.policygraph.resolve.ResolvedMention;
import org.policygraph.structure.ReportStructure;
import org.policygraph.structure.SentenceSplitter;
import org.policygraph.structure.Task;

/**
 * One hand-built report, written into a Jena dataset and read back with SPARQL the way users and
 * the scorer read it. A supplementary-plane ideograph (𠮷, two UTF-16 code units) stands before
 * the mention, so UTF-16 indexes and the code-point offsets of the contract differ.
 */
class ReportGraphWriterTest {
    private static final String PREFIXES = """
            PREFIX pg:   <https://w3id.org/policygraph/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
            """;
    private static final String FILE = "099_𠮷test.txt";
    private static final String CONTENT = "第1项:推进𠮷村周边的中关村科学城建设。\n工作进展:中关村科学城完成规划。";

    private static ExtractedReport report;
    private static Dataset dataset;
    private static int utf16Start;

    @BeforeAll
    static void writeReport() {
        assertEquals(CONTENT.length() - 1, CONTENT.codePointCount(0, CONTENT.length()), "the content must hold one surrogate pair");
        SourceDocument source = new SourceDocument(FILE, CONTENT, "text/plain", TextFileReader.sha256(CONTENT.getBytes(StandardCharsets.UTF_8)));
        Task task = new Task(0, "第1项", "推进𠮷村周边的中关村科学城建设", 0, CONTENT.length(), 2, -1);
        ReportStructure structure = new ReportStructure(List.of(task), new SentenceSplitter().split(CONTENT));
        utf16Start = CONTENT.indexOf("中关村科学城");
        Entity park = new Entity(EntityType.PARK, "中关村科学城");
        Mention mention = new Mention(utf16Start, utf16Start + 6, "中关村科学城", EntityType.PARK, 0.95, "gazetteer");
        report = new ExtractedReport(source, CONTENT, structure, List.of(new ResolvedMention(mention, park)), List.of(new TaskLink(task, park)));

        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        StreamRDF out = StreamRDFLib.dataset(dsg);
        out.start();
        new ReportGraphWriter().write(report, out);
        out.finish();
        dataset = DatasetFactory.wrap(dsg);
    }

    private static void select(String query, Consumer<List<QuerySolution>> check) {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(PREFIXES + query).build()) {
            ResultSet rs = qe.execSelect();
            List<QuerySolution> rows = new ArrayList<>();
            rs.forEachRemaining(rows::add);
            check.accept(rows);
        }
    }

    private static boolean ask(String query) {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(PREFIXES + query).build()) {
            return qe.execAsk();
        }
    }

    @Test
    void oneNamedGraphNamedByTheReportIri() {
        Node reportIri = Iris.report(FILE);
        select("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }", rows -> {
            assertEquals(1, rows.size());
            assertEquals(reportIri.getURI(), rows.get(0).getResource("g").getURI());
        });
        assertTrue(dataset.getDefaultModel().isEmpty(), "triples in the default graph");
        assertTrue(ask("ASK { GRAPH ?g { ?g a pg:Report ; pg:fileName \"" + FILE + "\" ; pg:content ?c } }"));
    }

    @Test
    void mentionOffsetsAreCodePointsSoSparqlSubstrGivesTheText() {
        select("""
                SELECT ?text ?start ?end (SUBSTR(?content, ?start + 1, ?end - ?start) AS ?sub) {
                  GRAPH ?g { ?r pg:content ?content . ?m a pg:Mention ; pg:report ?r ; pg:text ?text ; pg:start ?start ; pg:end ?end }
                }""", rows -> {
            assertEquals(1, rows.size());
            QuerySolution row = rows.get(0);
            assertEquals("中关村科学城", row.getLiteral("text").getString());
            assertEquals(utf16Start - 1, row.getLiteral("start").getInt(), "start is not counted in code points");
            assertEquals(utf16Start - 1 + 6, row.getLiteral("end").getInt());
            assertEquals("中关村科学城", row.getLiteral("sub").getString());
        });
    }

    @Test
    void sentenceAndTaskOffsetsAreCodePointsToo() {
        select("""
                SELECT ?text (SUBSTR(?content, ?start + 1, ?end - ?start) AS ?sub) {
                  GRAPH ?g { ?r pg:content ?content . ?s a pg:Sentence ; pg:report ?r ; pg:text ?text ; pg:start ?start ; pg:end ?end }
                }""", rows -> {
            assertEquals(1, rows.size(), "only the sentence holding the mention is written");
            assertEquals("第1项:推进𠮷村周边的中关村科学城建设。", rows.get(0).getLiteral("text").getString());
            assertEquals(rows.get(0).getLiteral("text").getString(), rows.get(0).getLiteral("sub").getString());
        });
        select("SELECT ?start ?end { GRAPH ?g { ?t a pg:Task ; pg:start ?start ; pg:end ?end } }", rows -> {
            assertEquals(1, rows.size());
            assertEquals(0, rows.get(0).getLiteral("start").getInt());
            assertEquals(CONTENT.codePointCount(0, CONTENT.length()), rows.get(0).getLiteral("end").getInt());
        });
    }

    @Test
    void taskCarriesKeyTitleAndMentionsTheEntity() {
        select("""
                SELECT ?key ?title ?e {
                  GRAPH ?g { ?t a pg:Task ; pg:report ?g ; pg:key ?key ; pg:title ?title ; pg:mentions ?e . ?m pg:task ?t ; pg:entity ?e }
                }""", rows -> {
            assertEquals(1, rows.size());
            assertEquals("第1项", rows.get(0).getLiteral("key").getString());
            assertEquals("推进𠮷村周边的中关村科学城建设", rows.get(0).getLiteral("title").getString());
            assertEquals(Iris.entity(new Entity(EntityType.PARK, "中关村科学城")).getURI(), rows.get(0).getResource("e").getURI());
        });
        assertTrue(ask("ASK { GRAPH ?g { ?g pg:mentions ?e . ?e a pg:Park } }"), "the report does not mention the entity");
    }

    @Test
    void entityIsAParkWithItsChinesePreferredLabel() {
        select("SELECT ?e ?label { GRAPH ?g { ?e a pg:Park ; skos:prefLabel ?label } }", rows -> {
            assertEquals(1, rows.size());
            assertEquals("中关村科学城", rows.get(0).getLiteral("label").getString());
            assertEquals("zh", rows.get(0).getLiteral("label").getLanguage());
        });
        assertTrue(ask("ASK { GRAPH ?g { ?e a pg:Park ; skos:prefLabel \"中关村科学城\"@zh } }"));
        assertFalse(ask("ASK { GRAPH ?g { ?e skos:altLabel ?alt } }"), "the canonical form must not also be an altLabel");
    }

    @Test
    void reportCarriesHashAndMediaType() {
        select("SELECT ?sha ?type { GRAPH ?g { ?g pg:sha256 ?sha ; pg:mediaType ?type } }", rows -> {
            assertEquals(1, rows.size());
            assertEquals(report.source().sha256(), rows.get(0).getLiteral("sha").getString());
            assertEquals("text/plain", rows.get(0).getLiteral("type").getString());
        });
    }

    @Test
    void writingTheSameReportTwiceGivesTheSameQuads() {
        DatasetGraph again = DatasetGraphFactory.createTxnMem();
        StreamRDF out = StreamRDFLib.dataset(again);
        out.start();
        new ReportGraphWriter().write(report, out);
        out.finish();
        assertTrue(IsoMatcher.isomorphic(dataset.asDatasetGraph(), again));
    }
}

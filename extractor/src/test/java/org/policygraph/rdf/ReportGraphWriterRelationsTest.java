package org.policygraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.ontology.ShapeValidator;
import org.policygraph.pipeline.ExtractedReport;
import org.policygraph.read.SourceDocument;
import org.policygraph.read.TextFileReader;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.Mention;
import org.policygraph.relate.TaskLink;
import org.policygraph.relate.figure.Figure;
import org.policygraph.relate.figure.ReportYear;
import org.policygraph.structure.StatedDate;
import org.policygraph.relate.role.Involvement;
import org.policygraph.relate.role.Role;
import org.policygraph.resolve.Entity;
import org.policygraph.resolve.ResolvedMention;
import org.policygraph.structure.ReportStructure;
import org.policygraph.structure.Sentence;
import org.policygraph.structure.SentenceSplitter;
import org.policygraph.structure.Task;

/**
 * Roles, figures and provenance as the writer emits them, read back with SPARQL; a
 * supplementary-plane ideograph (𠮷) before them makes code-point and UTF-16 offsets differ.
 */
class ReportGraphWriterRelationsTest {
    private static final String PREFIXES = """
            PREFIX pg:   <https://w3id.org/policygraph/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
            """;
    private static final String CONTENT = "第1项:推进𠮷村周边的中关村科学城建设。\n工作进展:在中关村科学城吸引400家企业,2018年5月23日印发《中关村管委会工作要点》。";
    private static final Entity PARK = new Entity(EntityType.PARK, "中关村科学城");
    private static final Entity POLICY = new Entity(EntityType.POLICY, "中关村管委会工作要点");
    private static final Entity ZGC = new Entity(EntityType.GOVERNMENT_BODY, "中关村科技园区管理委员会");

    private static Dataset dataset;
    private static String sha;

    @BeforeAll
    static void write() {
        sha = TextFileReader.sha256(CONTENT.getBytes(StandardCharsets.UTF_8));
        SourceDocument source = new SourceDocument("098_roles.txt", CONTENT, "text/plain", sha);
        Task task = new Task(0, "第1项", "推进𠮷村周边的中关村科学城建设", 0, CONTENT.length(), 2, -1);
        List<Sentence> sentences = new SentenceSplitter().split(CONTENT);
        ReportStructure structure = new ReportStructure(List.of(task), sentences);
        Sentence second = structure.sentenceAt(CONTENT.indexOf("在中关村")).orElseThrow();
        ResolvedMention park = mention(CONTENT.indexOf("中关村科学城", CONTENT.indexOf("在")), "中关村科学城", PARK);
        ResolvedMention policy = mention(CONTENT.indexOf("《"), "《中关村管委会工作要点》", POLICY);
        int count = CONTENT.indexOf("400");
        int date = CONTENT.indexOf("2018");
        ExtractedReport report = new ExtractedReport(source, CONTENT, structure, List.of(park, policy),
                List.of(new TaskLink(task, PARK), new TaskLink(task, POLICY)),
                List.of(new Involvement(Optional.of(task), PARK, Role.LOCATION, park, second, Optional.empty(), "在"),
                        new Involvement(Optional.of(task), ZGC, Role.ISSUER, policy, second, Optional.of(POLICY), "《中关村管委会…》")),
                List.of(new Figure(task, second, count, count + 6, "400家企业", Optional.of(new BigDecimal("400")), Optional.of("家"),
                                Optional.of("企业"), Optional.empty()),
                        new Figure(task, second, date, date + 10, "2018年5月23日", Optional.empty(), Optional.empty(), Optional.empty(),
                                Optional.of(StatedDate.day(2018, 5, 23)))),
                ReportYear.of(structure.metadata(), CONTENT), Instant.parse("2026-11-22T10:00:00Z"));
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        StreamRDF out = StreamRDFLib.dataset(dsg);
        out.start();
        new ReportGraphWriter().write(report, out);
        out.finish();
        dataset = DatasetFactory.wrap(dsg);
    }

    private static ResolvedMention mention(int start, String text, Entity e) {
        return new ResolvedMention(new Mention(start, start + text.length(), text, e.type(), 0.9, "test"), e);
    }

    private static List<QuerySolution> select(String query) {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(PREFIXES + query).build()) {
            List<QuerySolution> rows = new java.util.ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    @Test
    void aRoleIsAShortcutAndAnInvolvementWithItsEvidence() {
        var rows = select("""
                SELECT ?cue ?text ?sentence WHERE { GRAPH ?g {
                  ?task pg:location ?park .
                  ?inv a pg:Involvement ; pg:task ?task ; pg:entity ?park ; pg:role pg:Location ; pg:cue ?cue ;
                       pg:mention/pg:text ?text ; pg:sentence/pg:text ?sentence .
                  ?park skos:prefLabel "中关村科学城"@zh } }""");
        assertEquals(1, rows.size());
        assertEquals("在", rows.get(0).getLiteral("cue").getString());
        assertEquals("中关村科学城", rows.get(0).getLiteral("text").getString());
        assertTrue(rows.get(0).getLiteral("sentence").getString().startsWith("工作进展:在中关村科学城"));
    }

    @Test
    void anIssuerNamedOnlyInTheTitleIsAnEntityOfItsOwn() {
        var rows = select("""
                SELECT ?label ?m WHERE { GRAPH ?g {
                  ?policy pg:issuedBy ?org . ?org a pg:GovernmentBody ; skos:prefLabel ?label .
                  ?inv pg:role pg:Issuer ; pg:policy ?policy ; pg:entity ?org ; pg:mention/pg:text ?m } }""");
        assertEquals(1, rows.size());
        assertEquals("中关村科技园区管理委员会", rows.get(0).getLiteral("label").getString());
        assertEquals("《中关村管委会工作要点》", rows.get(0).getLiteral("m").getString());
    }

    @Test
    void figuresCarryValueUnitCountsOrATypedDateAndCodePointOffsets() {
        var rows = select("""
                SELECT ?text ?value ?unit ?counts ?date ?start ?content WHERE { GRAPH ?g {
                  ?task pg:figure ?f . ?f a pg:Figure ; pg:text ?text ; pg:start ?start ; pg:sentence ?s .
                  ?task pg:report/pg:content ?content .
                  OPTIONAL { ?f pg:value ?value ; pg:unit ?unit ; pg:counts ?counts }
                  OPTIONAL { ?f pg:date ?date } } } ORDER BY ?start""");
        assertEquals(2, rows.size());
        QuerySolution count = rows.get(0), date = rows.get(1);
        assertEquals("400家企业", count.getLiteral("text").getString());
        assertEquals(0, new BigDecimal("400").compareTo(new BigDecimal(count.getLiteral("value").getLexicalForm())));
        assertEquals("http://www.w3.org/2001/XMLSchema#decimal", count.getLiteral("value").getDatatypeURI());
        assertEquals("家", count.getLiteral("unit").getString());
        assertEquals("企业", count.getLiteral("counts").getString());
        assertEquals(CONTENT.codePointCount(0, CONTENT.indexOf("400")), count.getLiteral("start").getInt(), "offsets count code points");
        assertEquals("2018-05-23", date.getLiteral("date").getLexicalForm());
        assertEquals("http://www.w3.org/2001/XMLSchema#date", date.getLiteral("date").getDatatypeURI());
    }

    @Test
    void theReportSaysHowItWasMade() {
        var rows = select("""
                SELECT ?sha ?version ?ended ?year WHERE { GRAPH ?g {
                  ?r a pg:Report ; pg:year ?year ; prov:wasGeneratedBy ?act .
                  ?act a pg:Extraction ; prov:endedAtTime ?ended ; prov:used/pg:sha256 ?sha ;
                       prov:wasAssociatedWith/pg:softwareVersion ?version } }""");
        assertEquals(1, rows.size());
        assertEquals(sha, rows.get(0).getLiteral("sha").getString());
        assertEquals("2026-11-22T10:00:00Z", rows.get(0).getLiteral("ended").getLexicalForm());
        assertEquals("2018", rows.get(0).getLiteral("year").getLexicalForm());
        assertTrue(!rows.get(0).getLiteral("version").getString().isBlank());
    }

    @Test
    void theWrittenGraphConformsToTheShapes() {
        var result = new ShapeValidator().validate(dataset.asDatasetGraph());
        assertEquals(List.of(), result.problems());
    }
}

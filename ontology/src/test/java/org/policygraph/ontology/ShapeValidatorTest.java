package org.policygraph.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shapes accept data that follows the output contract and name what is wrong with data that does not. */
class ShapeValidatorTest {

    private static ShapeValidator validator;

    /** One report with one task, two entities, three mentions and two sentences, as the writer would emit it. */
    private static final String REPORT = """
            @prefix pg:   <https://w3id.org/policygraph/ontology#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix prov: <http://www.w3.org/ns/prov#> .
            @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
            @base <https://w3id.org/policygraph/id/> .

            <report/000> a pg:Report ;
                pg:fileName "000_haidian.txt" ;
                pg:content "第39项:推进中关村科学城建设。工作进展:北科院在中关村科学城落地新型研发机构。" ;
                pg:sha256 "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" ;
                pg:mediaType "text/plain" ;
                pg:mentions <Park/中关村科学城> , <ResearchInstitution/北京科学技术研究院> ;
                pg:taskCount 1 ; pg:entityCount 2 ; pg:mentionCount 3 ;
                pg:year "2020"^^xsd:gYear ;
                prov:wasGeneratedBy <report/000/extraction> .

            <report/000/extraction> a pg:Extraction ;
                prov:endedAtTime "2026-11-22T10:00:00Z"^^xsd:dateTime ;
                prov:used <report/000/source> ;
                prov:wasAssociatedWith <software/policygraph/0.1.0> .
            <report/000/source> a prov:Entity ;
                pg:fileName "000_haidian.txt" ;
                pg:sha256 "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" .
            <software/policygraph/0.1.0> a prov:SoftwareAgent ; pg:softwareVersion "0.1.0" .

            <report/000/task/0> a pg:Task ;
                pg:report <report/000> ;
                pg:key "第39项" ;
                pg:title "推进中关村科学城建设" ;
                pg:level 2 ;
                pg:order 1 ;
                pg:start 0 ;
                pg:end 40 ;
                pg:mentions <Park/中关村科学城> , <ResearchInstitution/北京科学技术研究院> ;
                pg:entityCount 2 ;
                pg:location <Park/中关村科学城> ;
                pg:figure <report/000/figure/1-4> .

            <report/000/involvement/1> a pg:Involvement ;
                pg:task <report/000/task/0> ; pg:entity <Park/中关村科学城> ; pg:role pg:Location ;
                pg:mention <report/000/mention/25> ; pg:sentence <report/000/sentence/1> ; pg:cue "在" .

            <report/000/figure/1-4> a pg:Figure ;
                pg:task <report/000/task/0> ; pg:sentence <report/000/sentence/0> ;
                pg:text "39项" ; pg:start 1 ; pg:end 4 ;
                pg:value 39.0 ; pg:unit "项" .

            <report/000/sentence/0> a pg:Sentence ;
                pg:report <report/000> ; pg:text "第39项:推进中关村科学城建设。" ; pg:start 0 ; pg:end 16 .
            <report/000/sentence/1> a pg:Sentence ;
                pg:report <report/000> ; pg:text "工作进展:北科院在中关村科学城落地新型研发机构。" ; pg:start 16 ; pg:end 40 .

            <Park/中关村科学城> a pg:Park ;
                skos:prefLabel "中关村科学城"@zh .
            <ResearchInstitution/北京科学技术研究院> a pg:ResearchInstitution ;
                skos:prefLabel "北京科学技术研究院"@zh ;
                skos:altLabel "北科院"@zh .

            <report/000/mention/7> a pg:Mention ;
                pg:entity <Park/中关村科学城> ; pg:report <report/000> ; pg:task <report/000/task/0> ;
                pg:sentence <report/000/sentence/0> ;
                pg:text "中关村科学城" ; pg:start 7 ; pg:end 13 ;
                pg:confidence 0.95 ; pg:recogniser "gazetteer" .
            <report/000/mention/21> a pg:Mention ;
                pg:entity <ResearchInstitution/北京科学技术研究院> ; pg:report <report/000> ; pg:task <report/000/task/0> ;
                pg:sentence <report/000/sentence/1> ;
                pg:text "北科院" ; pg:start 21 ; pg:end 24 ;
                pg:confidence 0.8 ; pg:recogniser "rule:suffix" .
            <report/000/mention/25> a pg:Mention ;
                pg:entity <Park/中关村科学城> ; pg:report <report/000> ; pg:task <report/000/task/0> ;
                pg:sentence <report/000/sentence/1> ;
                pg:text "中关村科学城" ; pg:start 25 ; pg:end 31 .
            """;

    private static final Node REPORT_NODE = id("report/000");
    private static final Node TASK_NODE = id("report/000/task/0");
    private static final Node TASK = id("report/000/task/0");
    private static final Node PARK = id("Park/中关村科学城");
    private static final Node INSTITUTE = id("ResearchInstitution/北京科学技术研究院");
    private static final Node MENTION = id("report/000/mention/7");
    private static final Node INVOLVEMENT = id("report/000/involvement/1");
    private static final Node FIGURE = id("report/000/figure/1-4");

    @BeforeAll
    static void buildValidator() {
        validator = new ShapeValidator();
    }

    @Test
    void conformingReportConforms() {
        ValidationResult result = validator.validate(report());
        assertEquals(List.of(), result.problems());
        assertTrue(result.conforms());
    }

    @Test
    void mentionWhoseOffsetsMissTheContentFails() {
        Graph g = report();
        replace(g, MENTION, PG.start, integer(6));
        replace(g, MENTION, PG.end, integer(12));

        ValidationResult result = validator.validate(g);

        assertFalse(result.conforms());
        assertProblem(result, MENTION, "pg:text", "is not the report content at [6, 12)");
    }

    @Test
    void offsetsCountCodePointsNotUtf16Units() {
        // 𠮷 is outside the Basic Multilingual Plane: one code point, two UTF-16 units.
        Graph g = report();
        String content = "𠮷野家与中关村科学城合作。";
        replace(g, REPORT_NODE, PG.content, NodeFactory.createLiteralString(content));
        g.remove(id("report/000/sentence/0"), Node.ANY, Node.ANY);
        g.remove(id("report/000/sentence/1"), Node.ANY, Node.ANY);
        g.remove(id("report/000/mention/21"), Node.ANY, Node.ANY);
        g.remove(id("report/000/mention/25"), Node.ANY, Node.ANY);
        g.remove(MENTION, PG.sentence, Node.ANY);
        g.remove(INVOLVEMENT, Node.ANY, Node.ANY);
        g.remove(FIGURE, Node.ANY, Node.ANY);
        g.remove(TASK, PG.figure, Node.ANY);
        replace(g, REPORT_NODE, PG.mentionCount, integer(1));
        replace(g, MENTION, PG.start, integer(4));
        replace(g, MENTION, PG.end, integer(10));
        assertEquals(List.of(), validator.validate(g).problems());

        replace(g, MENTION, PG.start, integer(content.indexOf("中关村科学城")));
        replace(g, MENTION, PG.end, integer(content.indexOf("中关村科学城") + 6));
        assertProblem(validator.validate(g), MENTION, "pg:text", "is not the report content at [5, 11)");
    }

    @Test
    void startMustComeBeforeEnd() {
        Graph g = report();
        replace(g, MENTION, PG.end, integer(7));

        ValidationResult result = validator.validate(g);

        assertFalse(result.conforms());
        assertProblem(result, MENTION, "pg:start", "LessThan");
    }

    @Test
    void taskWithoutKeyFails() {
        Graph g = report();
        g.remove(TASK, PG.key, Node.ANY);

        ValidationResult result = validator.validate(g);

        assertFalse(result.conforms());
        assertProblem(result, TASK, "pg:key", "minCount");
    }

    @Test
    void taskWithEmptyTitleFails() {
        Graph g = report();
        replace(g, TASK, PG.title, NodeFactory.createLiteralString(""));

        assertProblem(validator.validate(g), TASK, "pg:title", "MinLength");
    }

    @Test
    void entityWithTwoPrefLabelsFails() {
        Graph g = report();
        g.add(PARK, PG.prefLabel, NodeFactory.createLiteralLang("中关村科学城核心区", "zh"));

        ValidationResult result = validator.validate(g);

        assertFalse(result.conforms());
        assertProblem(result, PARK, "skos:prefLabel", "maxCount");
    }

    @Test
    void prefLabelWithoutChineseTagFails() {
        Graph g = report();
        replace(g, INSTITUTE, PG.prefLabel, NodeFactory.createLiteralString("北京科学技术研究院"));

        ValidationResult result = validator.validate(g);

        assertFalse(result.conforms());
        assertProblem(result, INSTITUTE, "skos:prefLabel", "LanguageIn");
    }

    @Test
    void prefLabelInEnglishFails() {
        Graph g = report();
        replace(g, PARK, PG.prefLabel, NodeFactory.createLiteralLang("Zhongguancun Science City", "en"));

        assertProblem(validator.validate(g), PARK, "skos:prefLabel", "LanguageIn");
    }

    @Test
    void altLabelWithoutChineseTagFails() {
        Graph g = report();
        replace(g, INSTITUTE, PG.altLabel, NodeFactory.createLiteralString("北科院"));

        assertProblem(validator.validate(g), INSTITUTE, "skos:altLabel", "LanguageIn");
    }

    @Test
    void entityWithTwoKindsFails() {
        Graph g = report();
        g.add(PARK, RDF.type.asNode(), PG.Place);

        ValidationResult result = validator.validate(g);

        assertFalse(result.conforms());
        assertProblem(result, PARK, "rdf:type", "exactly one of the ten entity classes");
    }

    @Test
    void entityTypedOnlyAsAbstractEntityFails() {
        Graph g = report();
        replace(g, PARK, RDF.type.asNode(), PG.Entity);

        assertProblem(validator.validate(g), PARK, "rdf:type", "exactly one of the ten entity classes");
    }

    @Test
    void mentionOfUntypedEntityFails() {
        Graph g = report();
        g.remove(PARK, RDF.type.asNode(), Node.ANY);

        ValidationResult result = validator.validate(g);

        assertProblem(result, MENTION, "pg:entity", "entity typed with exactly one of the ten entity classes");
        assertProblem(result, TASK, "pg:mentions", "entity typed with exactly one of the ten entity classes");
    }

    @Test
    void mentionWhoseTaskDoesNotLinkTheEntityFails() {
        Graph g = report();
        g.remove(TASK, PG.mentions, PARK);

        assertProblem(validator.validate(g), MENTION, "pg:entity", "does not pg:mentions the entity");
    }

    @Test
    void confidenceMustBeADecimal() {
        Graph g = report();
        replace(g, MENTION, PG.confidence,
                NodeFactory.createLiteralDT("0.95", XSDDatatype.XSDdouble));

        assertProblem(validator.validate(g), MENTION, "pg:confidence", "xsd:decimal");
    }

    @Test
    void reportWithMalformedHashFails() {
        Graph g = report();
        replace(g, REPORT_NODE, PG.sha256, NodeFactory.createLiteralString("not-a-hash"));

        assertProblem(validator.validate(g), REPORT_NODE, "pg:sha256", "Pattern");
    }

    @Test
    void parentFromAnotherReportFails() {
        Graph g = report();
        Node otherReport = id("report/001");
        Node otherTask = id("report/001/task/0");
        g.add(otherReport, RDF.type.asNode(), PG.Report);
        g.add(otherReport, PG.fileName, NodeFactory.createLiteralString("001_chaoyang.txt"));
        g.add(otherReport, PG.content, NodeFactory.createLiteralString("(一)加快建设国际科技创新中心"));
        g.add(otherTask, RDF.type.asNode(), PG.Task);
        g.add(otherTask, PG.report, otherReport);
        g.add(otherTask, PG.key, NodeFactory.createLiteralString("(一)"));
        g.add(otherTask, PG.title, NodeFactory.createLiteralString("加快建设国际科技创新中心"));
        g.add(TASK, PG.parent, otherTask);

        assertProblem(validator.validate(g), TASK, "pg:parent", "belongs to another report");
    }

    @Test
    void reportWithoutProvenanceFails() {
        Graph g = report();
        g.remove(REPORT_NODE, PG.wasGeneratedBy, Node.ANY);

        assertProblem(validator.validate(g), REPORT_NODE, "prov:wasGeneratedBy", "how it was made");
    }

    @Test
    void countsThatAreNotWhatTheReportHoldsFail() {
        Graph g = report();
        replace(g, REPORT_NODE, PG.taskCount, integer(2));
        replace(g, REPORT_NODE, PG.mentionCount, integer(0));
        g.remove(REPORT_NODE, PG.entityCount, Node.ANY);

        ValidationResult result = validator.validate(g);
        assertProblem(result, REPORT_NODE, "pg:taskCount", "is 2, but the report holds 1");
        assertProblem(result, REPORT_NODE, "pg:mentionCount", "is 0, but the report holds 3");
        assertProblem(result, REPORT_NODE, "pg:entityCount", "minCount");
    }

    @Test
    void aTaskWhoseEntityCountIsNotItsLinksFails() {
        Graph g = report();
        replace(g, TASK_NODE, PG.entityCount, integer(3));
        assertProblem(validator.validate(g), TASK_NODE, "pg:entityCount", "is 3, but it links 2 entities");
        replace(g, REPORT_NODE, PG.entityCount, integer(1));
        assertProblem(validator.validate(g), REPORT_NODE, "pg:entityCount", "is 1, but it links 2 entities");
        g.remove(TASK_NODE, PG.entityCount, Node.ANY);
        assertProblem(validator.validate(g), TASK_NODE, "pg:entityCount", "minCount");
    }

    @Test
    void extractionOfAnotherFileFails() {
        Graph g = report();
        replace(g, id("report/000/source"), PG.sha256, NodeFactory.createLiteralString("a".repeat(64)));

        assertProblem(validator.validate(g), REPORT_NODE, "prov:wasGeneratedBy", "not the report's");
    }

    @Test
    void involvementWithoutItsShortcutTripleFails() {
        Graph g = report();
        g.remove(TASK, PG.location, PARK);

        assertProblem(validator.validate(g), INVOLVEMENT, "pg:role", "shortcut triple is missing");
    }

    @Test
    void involvementWithoutEvidenceFails() {
        Graph g = report();
        g.remove(INVOLVEMENT, PG.mention, Node.ANY);

        assertProblem(validator.validate(g), INVOLVEMENT, "pg:mention", "the mention that states it");
    }

    @Test
    void evidenceOutsideTheCitedSentenceFails() {
        Graph g = report();
        replace(g, INVOLVEMENT, PG.sentence, id("report/000/sentence/0"));

        assertProblem(validator.validate(g), INVOLVEMENT, "pg:mention", "lies in none of the involvement's sentences");
    }

    @Test
    void anInstituteIsNoLocation() {
        Graph g = report();
        replace(g, INVOLVEMENT, PG.entity, INSTITUTE);
        g.add(TASK, PG.location, INSTITUTE);

        assertProblem(validator.validate(g), INVOLVEMENT, "pg:entity", "cannot play the role");
    }

    @Test
    void figureWithValueAndDateFails() {
        Graph g = report();
        g.add(FIGURE, PG.date, NodeFactory.createLiteralDT("2020", XSDDatatype.XSDgYear));

        assertFalse(validator.validate(g).conforms());
    }

    @Test
    void dateFigureConforms() {
        Graph g = report();
        g.remove(FIGURE, PG.value, Node.ANY);
        g.remove(FIGURE, PG.unit, Node.ANY);
        g.add(FIGURE, PG.date, NodeFactory.createLiteralDT("2020-05", XSDDatatype.XSDgYearMonth));

        assertEquals(List.of(), validator.validate(g).problems());
    }

    @Test
    void figureWhoseTextMissesTheContentFails() {
        Graph g = report();
        replace(g, FIGURE, PG.text, NodeFactory.createLiteralString("40项"));

        assertProblem(validator.validate(g), FIGURE, "pg:text", "is not the report content");
    }

    @Test
    void datasetIsValidatedAsTheUnionOfItsReportGraphs() {
        // The entity's type and labels live in one graph, its mentions in another: only the union conforms.
        Graph all = report();
        Graph entities = GraphFactory.createDefaultGraph();
        Graph rest = GraphFactory.createDefaultGraph();
        all.find().forEach(t -> (isEntity(t.getSubject()) ? entities : rest).add(t));
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        ds.addGraph(id("graph/entities"), entities);
        ds.addGraph(REPORT_NODE, rest);

        assertEquals(List.of(), validator.validate(ds).problems());
        assertFalse(validator.validate(rest).conforms());
    }

    // --- helpers -------------------------------------------------------------------------

    private static Graph report() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(REPORT, Lang.TURTLE).parse(g);
        return g;
    }

    private static Node id(String path) {
        return NodeFactory.createURI(PG.DATA + path);
    }

    private static Node integer(int value) {
        return NodeFactory.createLiteralDT(Integer.toString(value), XSDDatatype.XSDinteger);
    }

    private static boolean isEntity(Node n) {
        return n.equals(PARK) || n.equals(INSTITUTE);
    }

    /** Sets the single value of a property, replacing whatever was there. */
    private static void replace(Graph g, Node s, Node p, Node o) {
        g.remove(s, p, Node.ANY);
        g.add(Triple.create(s, p, o));
    }

    /** Some problem line names the focus node, the path and (case-insensitively) the message fragment. */
    private static void assertProblem(ValidationResult result, Node focus, String path, String fragment) {
        String focusText = "<" + focus.getURI() + ">";
        boolean found = result.problems().stream().anyMatch(p -> p.startsWith(focusText + " " + path + ":")
                && p.toLowerCase().contains(fragment.toLowerCase()));
        assertTrue(found, () -> "no problem for " + focusText + " " + path + " containing '" + fragment
                + "' among:\n  " + String.join("\n  ", result.problems()));
        assertFalse(result.conforms());
    }
}

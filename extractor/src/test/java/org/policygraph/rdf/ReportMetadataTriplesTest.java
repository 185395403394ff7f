package org.policygraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.policygraph.ontology.PG;
import org.policygraph.ontology.ShapeValidator;
import org.policygraph.pipeline.ExtractedReport;
import org.policygraph.read.FileBytes;
import org.policygraph.read.SourceDocument;
import org.policygraph.structure.StatedDate;
import org.policygraph.structure.ReportMetadata;
import org.policygraph.structure.ReportStructure;

/** A report's stated title, date and author as Dublin Core terms on the report node, conforming to the shapes. */
class ReportMetadataTriplesTest {
    private static final String FILE = "gov2026_x.txt";
    private static final String CONTENT = "2026年安徽省政府工作报告\n各位代表:";

    @Test
    void titleDateAndCreatorAreOnTheReport() {
        DatasetGraph dsg = write(new ReportMetadata(Optional.of("2026年安徽省政府工作报告"), Optional.of(new StatedDate(2026, 2, 5)),
                Optional.of("安徽省人民政府")));
        Node report = Iris.report(FILE);
        assertTrue(dsg.contains(report, report, PG.dctTitle, NodeFactory.createLiteralLang("2026年安徽省政府工作报告", "zh")));
        assertTrue(dsg.contains(report, report, PG.dctDate, NodeFactory.createLiteralDT("2026-02-05", XSDDatatype.XSDdate)));
        assertTrue(dsg.contains(report, report, PG.dctCreator, NodeFactory.createLiteralLang("安徽省人民政府", "zh")));
        assertTrue(new ShapeValidator().validate(dsg).conforms());
    }

    @Test
    void dateIsTypedByItsPrecision() {
        assertEquals(NodeFactory.createLiteralDT("2026-02", XSDDatatype.XSDgYearMonth), dateOf(new StatedDate(2026, 2, 0)));
        assertEquals(NodeFactory.createLiteralDT("2026", XSDDatatype.XSDgYear), dateOf(new StatedDate(2026, 0, 0)));
    }

    @Test
    void reportThatStatesNothingHasNoMetadataTriples() {
        DatasetGraph dsg = write(ReportMetadata.NONE);
        for (Node p : List.of(PG.dctTitle, PG.dctDate, PG.dctCreator)) assertFalse(dsg.find(Node.ANY, Node.ANY, p, Node.ANY).hasNext());
    }

    @Test
    void shapesRefuseADateOfAnotherType() {
        DatasetGraph dsg = write(ReportMetadata.NONE);
        Node report = Iris.report(FILE);
        dsg.add(Quad.create(report, report, PG.dctDate, NodeFactory.createLiteralString("2026年2月5日")));
        assertFalse(new ShapeValidator().validate(dsg).conforms());
    }

    private static Node dateOf(StatedDate date) {
        DatasetGraph dsg = write(new ReportMetadata(Optional.empty(), Optional.of(date), Optional.empty()));
        return dsg.find(Node.ANY, Node.ANY, PG.dctDate, Node.ANY).next().getObject();
    }

    private static DatasetGraph write(ReportMetadata metadata) {
        SourceDocument source = new SourceDocument(FILE, CONTENT, "text/plain", FileBytes.sha256(CONTENT.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        ReportStructure structure = new ReportStructure(List.of(), List.of(), metadata);
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        StreamRDF out = StreamRDFLib.dataset(dsg);
        out.start();
        new ReportGraphWriter().write(new ExtractedReport(source, CONTENT, structure, List.of(), List.of()), out);
        out.finish();
        return dsg;
    }
}

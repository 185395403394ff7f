package org.policygraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policygraph.query.CorpusGraph.run;

import java.util.List;
import java.util.Map;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.pipeline.Extractor;
import org.policygraph.pipeline.ExtractorSettings;
import org.policygraph.rdf.ReportGraphWriter;
import org.policygraph.read.SourceDocument;

/**
 * {@code entity-reports} on two small provincial reports made here, extracted by the real
 * pipeline: each says 省委 and 省人民政府, which are its own province's bodies, so the same words
 * give two entities; 党中央, a national body, is one entity named by both.
 */
class EntityReportsQueryTest {
    private static final String HENAN = "gov_henan.txt";
    private static final String HEBEI = "gov_hebei.txt";
    private static QueryRunner runner;

    private static String report(String province) {
        return "2026年" + province + "政府工作报告\n——2026年1月20日在" + province + "第十四届人民代表大会第四次会议上\n各位代表：\n"
                + "现在，我代表省人民政府，向大会报告工作，请予审议。\n"
                + "一、2025年工作回顾\n在党中央和省委坚强领导下，全省经济稳中向好。\n"
                + "二、2026年重点任务\n坚决落实省委部署，推动高质量发展。\n";
    }

    @BeforeAll
    static void extractTwoReports() {
        Extractor extractor = Extractor.standard(ExtractorSettings.defaults());
        ReportGraphWriter writer = new ReportGraphWriter();
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            StreamRDF out = StreamRDFLib.dataset(dsg);
            writer.write(extractor.extract(new SourceDocument(HENAN, report("河南省"), "text/plain", "0".repeat(64))), out);
            writer.write(extractor.extract(new SourceDocument(HEBEI, report("河北省"), "text/plain", "1".repeat(64))), out);
        });
        runner = QueryRunner.local(DatasetFactory.wrap(dsg));
    }

    @Test
    void theProvincialCommitteeOfEachReportIsItsOwn() {
        List<Map<String, String>> rows = run(runner, "entity-reports", "label", "省委");
        Map<String, String> henan = only(rows, HENAN);
        Map<String, String> hebei = only(rows, HEBEI);
        assertEquals("中国共产党河南省委员会", henan.get("name"));
        assertEquals("中国共产党河北省委员会", hebei.get("name"));
        assertNotEquals(henan.get("entity"), hebei.get("entity"));
        // every row is a mention of the short form, inside a task of its own report
        assertTrue(rows.stream().allMatch(r -> r.get("form").equals("省委") && r.get("key") != null), rows.toString());
        assertEquals(2, rows.stream().filter(r -> r.get("report").equals(HENAN)).count(), "省委 is in both tasks: " + rows);
    }

    @Test
    void theGovernmentIsTheReportsProvincesAndTheCentralCommitteeIsOne() {
        List<Map<String, String>> government = run(runner, "entity-reports", "label", "省人民政府");
        assertEquals(List.of("河北省人民政府", "河南省人民政府"), government.stream().map(r -> r.get("name")).distinct().sorted().toList());
        List<Map<String, String>> centre = run(runner, "entity-reports", "label", "党中央");
        assertEquals(1, centre.stream().map(r -> r.get("entity")).distinct().count(), centre.toString());
        assertEquals(List.of(HEBEI, HENAN), centre.stream().map(r -> r.get("report")).distinct().sorted().toList());
    }

    private static Map<String, String> only(List<Map<String, String>> rows, String report) {
        List<Map<String, String>> of = rows.stream().filter(r -> r.get("report").equals(report)).toList();
        assertTrue(!of.isEmpty(), "no row of " + report + " in " + rows);
        assertEquals(1, of.stream().map(r -> r.get("entity")).distinct().count(), "one entity per report: " + of);
        return of.get(0);
    }
}

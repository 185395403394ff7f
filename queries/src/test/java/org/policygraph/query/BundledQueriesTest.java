package org.policygraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policygraph.query.CorpusGraph.REPORT_000;
import static org.policygraph.query.CorpusGraph.REPORT_001;
import static org.policygraph.query.CorpusGraph.REPORT_003;
import static org.policygraph.query.CorpusGraph.run;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.ontology.PG;

/**
 * Each bundled query's answer on the sample corpus, extracted by the real pipeline. The facts
 * asserted are in the corpus text (quoted in each test), so they hold as the recognisers improve;
 * totals that depend on recognition are not asserted.
 */
class BundledQueriesTest {
    private static QueryRunner runner;

    @BeforeAll
    static void extractCorpus() {
        runner = QueryRunner.local(CorpusGraph.tdb2());
    }

    private static int count(Map<String, String> row, String var) {
        return Integer.parseInt(row.get(var));
    }

    private static Map<String, String> find(List<Map<String, String>> rows, String var, String value) {
        return rows.stream().filter(r -> value.equals(r.get(var))).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + var + " = " + value + " in " + rows));
    }

    private static void assertDescending(List<Map<String, String>> rows, String var) {
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(count(rows.get(i - 1), var) >= count(rows.get(i), var), "rows not ranked by " + var + " at " + i + ": " + rows);
        }
    }

    private static void assertReportOrder(List<Map<String, String>> rows) {
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i - 1).get("report").compareTo(rows.get(i).get("report")) <= 0, "rows not in report order: " + rows);
        }
    }

    @Test
    void tasksMentioningAnEntity() {
        // 000: "第65项:中关村科学城要强化创新策源地能力建设…"; 001: "(十一)中关村科学城要聚焦…"
        List<Map<String, String>> rows = run(runner, "tasks-mentioning-entity", "label", "中关村科学城");
        Map<String, String> t65 = rows.stream().filter(r -> r.get("report").equals(REPORT_000) && r.get("key").equals("第65项"))
                .findFirst().orElseThrow(() -> new AssertionError("第65项 of " + REPORT_000 + " missing: " + rows));
        assertTrue(t65.get("title").startsWith("中关村科学城要强化创新策源地能力建设"), t65.toString());
        assertTrue(t65.get("entity").startsWith(PG.DATA + "park/"), "中关村科学城 is a park: " + t65);
        assertTrue(rows.stream().anyMatch(r -> r.get("report").equals(REPORT_001) && r.get("title").startsWith("中关村科学城要聚焦")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get("report").equals(REPORT_003)), "003 names it in (二), (三), (六), (九): " + rows);
        assertReportOrder(rows);
    }

    @Test
    void tasksMentioningAnEntityFindsItByAnotherName() {
        // 001: "…北京大学牵头建设国家发改委“大数据分析和应用技术国家工程实验室”": 国家发改委 is another name of 国家发展和改革委员会
        List<Map<String, String>> rows = run(runner, "tasks-mentioning-entity", "label", "国家发改委");
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().anyMatch(r -> r.get("report").equals(REPORT_001)), rows.toString());
        assertTrue(run(runner, "tasks-mentioning-entity", "label", "没有这个实体").isEmpty());
    }

    @Test
    void entitiesOfATypeRankedByTasks() {
        List<Map<String, String>> parks = run(runner, "entities-by-type", "type", "Park");
        assertDescending(parks, "tasks");
        assertTrue(parks.stream().allMatch(r -> r.get("entity").startsWith(PG.DATA + "park/")), "only parks: " + parks);
        // 中关村科学城 heads tasks in all three reports
        Map<String, String> zgc = find(parks, "label", "中关村科学城");
        assertEquals(3, count(zgc, "reports"));
        assertTrue(count(zgc, "tasks") >= 3, zgc.toString());

        // 《北京市促进科技成果转化条例》 is cited in 000 第61项 and across 003
        List<Map<String, String>> policies = run(runner, "entities-by-type", "type", "policy");
        assertDescending(policies, "tasks");
        assertTrue(count(find(policies, "label", "北京市促进科技成果转化条例"), "tasks") >= 2);
        assertTrue(policies.stream().noneMatch(r -> r.get("label").equals("中关村科学城")));
    }

    @Test
    void entitiesSharedByTwoReports() {
        List<Map<String, String>> rows = run(runner, "entities-shared-by-reports", "report1", REPORT_000, "report2", REPORT_003);
        Set<String> labels = rows.stream().map(r -> r.get("label")).collect(Collectors.toSet());
        // both name 中关村科学城 and 《北京市促进科技成果转化条例》
        assertTrue(labels.contains("中关村科学城"), labels.toString());
        assertTrue(labels.contains("北京市促进科技成果转化条例"), labels.toString());
        // 北京工业大学 appears in 000 only ("会同北京工业大学、北京科学技术研究院…")
        assertFalse(labels.contains("北京工业大学"), labels.toString());
        Map<String, String> zgc = find(rows, "label", "中关村科学城");
        assertEquals(PG.Park.getURI(), zgc.get("type"));
        assertTrue(count(zgc, "tasks1") >= 1 && count(zgc, "tasks2") >= 1, zgc.toString());
        // the same entities whichever report comes first
        Set<String> swapped = run(runner, "entities-shared-by-reports", "report1", REPORT_003, "report2", REPORT_000)
                .stream().map(r -> r.get("entity")).collect(Collectors.toSet());
        assertEquals(rows.stream().map(r -> r.get("entity")).collect(Collectors.toSet()), swapped);
    }

    @Test
    void policiesPerTask() {
        List<Map<String, String>> rows = run(runner, "policies-per-task");
        // 000 第61项: "实施促进科技成果转化条例…工作进展:1.落实《北京市促进科技成果转化条例》…"
        Map<String, String> t61 = rows.stream().filter(r -> r.get("report").equals(REPORT_000) && r.get("key").equals("第61项"))
                .findFirst().orElseThrow(() -> new AssertionError("第61项 missing: " + rows));
        assertTrue(t61.get("policyLabels").contains("北京市促进科技成果转化条例"), t61.toString());
        assertTrue(rows.stream().allMatch(r -> count(r, "policies") >= 1));
        assertTrue(rows.stream().allMatch(r -> r.get("policyLabels").split("; ").length == count(r, "policies")), rows.toString());
        assertReportOrder(rows);
        // document order inside a report: 第61项 before 第81项 ("实施一带一路科技创新北京行动计划")
        List<String> keys000 = rows.stream().filter(r -> r.get("report").equals(REPORT_000)).map(r -> r.get("key")).toList();
        assertTrue(keys000.indexOf("第61项") < keys000.indexOf("第81项"), keys000.toString());
    }

    @Test
    void parksAndTheOrganisationsThatAppearWithThem() {
        List<Map<String, String>> rows = run(runner, "parks-and-organisations");
        // 000 第65项 (中关村科学城): "会同中关村科学城管委会、海淀区政府研究完成中关村科学城2020年工作方案";
        // the district government is labelled by its full name where the gazetteer knows it
        Map<String, String> pair = rows.stream()
                .filter(r -> r.get("parkLabel").equals("中关村科学城") && HAIDIAN_GOVERNMENT.contains(r.get("organisationLabel")))
                .findFirst().orElseThrow(() -> new AssertionError("中关村科学城 with 海淀区政府 missing"));
        assertEquals(PG.GovernmentBody.getURI(), pair.get("organisationType"));
        assertTrue(count(pair, "tasks") >= 1);
        Set<String> orgTypes = Set.of(PG.GovernmentBody.getURI(), PG.ResearchInstitution.getURI(), PG.Company.getURI(), PG.OtherOrganization.getURI());
        assertTrue(rows.stream().allMatch(r -> orgTypes.contains(r.get("organisationType"))), "organisations only");
        assertTrue(rows.stream().allMatch(r -> r.get("park").startsWith(PG.DATA + "park/")), "parks only");
        // parks in label order, each park's organisations most frequent first
        for (int i = 1; i < rows.size(); i++) {
            Map<String, String> a = rows.get(i - 1), b = rows.get(i);
            int byPark = a.get("parkLabel").compareTo(b.get("parkLabel"));
            assertTrue(byPark < 0 || byPark == 0 && count(a, "tasks") >= count(b, "tasks"), "order at " + i + ": " + a + " / " + b);
        }
    }

    @Test
    void evidenceForALink() {
        List<Map<String, String>> rows = run(runner, "link-evidence", "key", "第61项", "label", "北京工业大学");
        assertFalse(rows.isEmpty());
        Map<String, String> e = rows.get(0);
        assertEquals(REPORT_000, e.get("report"));
        assertTrue(e.get("title").startsWith("实施促进科技成果转化条例"), e.toString());
        assertEquals("北京工业大学", e.get("text"));
        assertTrue(e.get("sentence").contains("会同北京工业大学"), e.toString());
        assertEquals("Partner", e.get("role"), "会同 states a partnership: " + e);
        // the offsets point into the report's content
        String content = CorpusGraph.rows(runner.select(org.apache.jena.query.QueryFactory.create(
                "PREFIX pg: <" + PG.NS + "> SELECT ?c { ?r pg:fileName \"" + REPORT_000 + "\" ; pg:content ?c }"))).get(0).get("c");
        int start = count(e, "start"), end = count(e, "end");
        int from = content.offsetByCodePoints(0, start);
        assertEquals("北京工业大学", content.substring(from, content.offsetByCodePoints(from, end - start)));
    }

    @Test
    void evidenceForASectionIsFoundInItsItems() {
        // 003 "一、坚持开门搞规划…" holds "(二)…“三城一区”明确各自发展定位。中关村科学城…" and "(三)…中关村科学城以北清路沿线改造提升为重点"
        List<Map<String, String>> rows = run(runner, "link-evidence", "key", "一、", "label", "中关村科学城");
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(r -> r.get("report").equals(REPORT_003)), rows.toString());
        assertTrue(rows.stream().allMatch(r -> r.get("sentence").contains(r.get("text"))), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get("sentence").contains("中关村科学城以北清路沿线改造提升为重点")), rows.toString());
        // a link that does not exist has no evidence
        assertTrue(run(runner, "link-evidence", "key", "第61项", "label", "中关村科学城").isEmpty());
    }

    @Test
    void entitiesMentionedTogether() {
        List<Map<String, String>> rows = run(runner, "co-mentioned-entities", "label", "中关村科学城");
        assertDescending(rows, "tasks");
        Set<String> labels = rows.stream().map(r -> r.get("otherLabel")).collect(Collectors.toSet());
        assertFalse(labels.contains("中关村科学城"), "not itself");
        // 003 (六): "中关村科学城实施创业服务提质工程…怀柔科学城推进大科学装置…"; 000 第65项: "…海淀区政府…"
        assertTrue(labels.contains("怀柔科学城"), labels.toString());
        assertTrue(labels.stream().anyMatch(HAIDIAN_GOVERNMENT::contains), labels.toString());
    }

    /** The names the Haidian district government goes by: as written in 000, and in full. */
    private static final Set<String> HAIDIAN_GOVERNMENT = Set.of("海淀区政府", "北京市海淀区人民政府");

    @Test
    void tasksByAWordInTheTitle() {
        List<Map<String, String>> rows = run(runner, "tasks-by-title-word", "word", "科技成果转化");
        assertTrue(rows.stream().allMatch(r -> r.get("title").contains("科技成果转化")), rows.toString());
        Set<String> found = rows.stream().map(r -> r.get("report") + " " + r.get("key")).collect(Collectors.toSet());
        // "第61项:实施促进科技成果转化条例…", "(八)完善促进科技成果转化机制。", "(九)大力推动科技成果转化落地。"
        assertTrue(found.containsAll(Set.of(REPORT_000 + " 第61项", REPORT_003 + " (八)", REPORT_003 + " (九)")), found.toString());
        assertReportOrder(rows);
    }

    @Test
    void findEntitiesByPartOfTheirName() {
        List<Map<String, String>> rows = run(runner, "find-entities", "word", "科学城");
        assertTrue(rows.stream().allMatch(r -> r.get("label").contains("科学城") || r.getOrDefault("altLabels", "").contains("科学城")), rows.toString());
        assertEquals(PG.Park.getURI(), find(rows, "label", "中关村科学城").get("type"));
        find(rows, "label", "怀柔科学城");
        assertDescending(rows, "tasks");
    }

    @Test
    void reportsInTheGraph() {
        List<Map<String, String>> rows = run(runner, "reports");
        assertEquals(List.of(REPORT_000, REPORT_001, REPORT_003), rows.stream().map(r -> r.get("report")).toList());
        for (Map<String, String> r : rows) {
            assertTrue(count(r, "tasks") > 0 && count(r, "entities") > 0, r.toString());
            assertTrue(count(r, "mentions") >= count(r, "entities"), r.toString());
        }
    }

    @Test
    void reportOverview() {
        List<Map<String, String>> rows = run(runner, "report-overview", "report", REPORT_000);
        Set<String> types = new HashSet<>();
        for (Map<String, String> r : rows) {
            types.add(r.get("type"));
            assertTrue(count(r, "mentions") >= count(r, "entities"), r.toString());
        }
        assertTrue(types.containsAll(Set.of(PG.Park.getURI(), PG.Policy.getURI(), PG.ResearchInstitution.getURI())), types.toString());
        assertDescending(rows, "entities");
        assertTrue(run(runner, "report-overview", "report", "no-such-report.txt").isEmpty());
    }
}

package org.policygraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policygraph.query.CorpusGraph.REPORT_000;
import static org.policygraph.query.CorpusGraph.REPORT_001;
import static org.policygraph.query.CorpusGraph.REPORT_003;
import static org.policygraph.query.CorpusGraph.run;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The role, figure and timeline queries on the sample corpus extracted by the real pipeline. Each
 * asserted fact is stated in the corpus text quoted in the test.
 */
class RoleAndFigureQueriesTest {
    private static QueryRunner runner;

    @BeforeAll
    static void extractCorpus() {
        runner = QueryRunner.local(CorpusGraph.tdb2());
    }

    private static Map<String, String> first(List<Map<String, String>> rows, java.util.function.Predicate<Map<String, String>> p, String what) {
        return rows.stream().filter(p).findFirst().orElseThrow(() -> new AssertionError("no row " + what + " in " + rows));
    }

    @Test
    void whoLeadsWhichTasks() {
        // 001 (二十五): "三是支持研究院支撑北京大学牵头建设国家发改委“大数据分析和应用技术国家工程实验室”"
        List<Map<String, String>> rows = run(runner, "task-leads");
        Map<String, String> pku = first(rows, r -> r.get("lead").equals("北京大学"), "北京大学");
        assertEquals(REPORT_001, pku.get("report"));
        assertEquals("牵头", pku.get("cue"));
        assertTrue(pku.get("sentence").contains("北京大学牵头建设"), pku.toString());
    }

    @Test
    void partnershipsOfAnOrganisationAcrossReports() {
        // 000 第61项: "会同中关村科学城管委会、海淀区政府研究完成…"; 001: "会同海淀区政府加快推进中关村大街升级改造"
        List<Map<String, String>> rows = run(runner, "organisation-partners", "label", "海淀区政府");
        assertTrue(rows.stream().anyMatch(r -> r.get("report").equals(REPORT_000)), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get("report").equals(REPORT_001)), rows.toString());
        Map<String, String> withZgc = first(rows, r -> r.get("sentence").contains("会同中关村科学城管委会、海淀区政府")
                && "中关村科学城管理委员会".equals(r.get("other")), "会同中关村科学城管委会、海淀区政府 with the other partner");
        assertEquals("会同", withZgc.get("cue"));
    }

    @Test
    void policiesWithTheirIssuers() {
        // 001: "5月29日,财政部、税务总局、科技部已联合印发《关于科技人员取得职务科技成果转化现金奖励有关个人所得税政策的通知》"
        List<Map<String, String>> rows = run(runner, "policies-and-issuers");
        String notice = "关于科技人员取得职务科技成果转化现金奖励有关个人所得税政策的通知";
        List<String> issuers = rows.stream().filter(r -> r.get("policy").equals(notice)).map(r -> r.get("issuer")).sorted().toList();
        assertEquals(List.of("国家税务总局", "科学技术部", "财政部").stream().sorted().toList(), issuers);
        // 000: "1.印发《中关村管委会2020年全面从严治党工作要点》": the title names its issuer
        Map<String, String> plan = first(rows, r -> r.get("policy").equals("中关村管委会2020年全面从严治党工作要点"), "工作要点");
        assertEquals("中关村科技园区管理委员会", plan.get("issuer"));
        assertEquals(REPORT_000, plan.get("report"));
    }

    @Test
    void figuresOfATask() {
        // 000 第48项: "截至5月,科技城完成27个项目投资协议书的签署。"
        List<Map<String, String>> rows = run(runner, "task-figures", "key", "第48项");
        Map<String, String> projects = first(rows, r -> "27个项目".equals(r.get("text")), "27个项目");
        assertEquals(0, new BigDecimal("27").compareTo(new BigDecimal(projects.get("value"))));
        assertEquals("个", projects.get("unit"));
        assertEquals("项目", projects.get("counts"));
        Map<String, String> may = first(rows, r -> "5月".equals(r.get("text")), "截至5月");
        assertEquals("2020-05", may.get("date"), "a month without a year is read in the report's year, 2020");
        assertTrue(may.get("sentence").startsWith("截至5月"), may.toString());
        // figures only: the task's mentions (which have a text, start and sentence too) are not listed
        assertTrue(rows.stream().allMatch(r -> r.containsKey("value") || r.containsKey("date") || r.containsKey("counts")), rows.toString());
    }

    @Test
    void anEntitysTimelineFollowsTheReportsYears() {
        // 中关村科学城 is in the 2018 (001), 2019 (003) and 2020 (000) reports
        List<Map<String, String>> rows = run(runner, "entity-timeline", "label", "中关村科学城");
        assertEquals(List.of(REPORT_001, REPORT_003, REPORT_000), rows.stream().map(r -> r.get("report")).toList());
        assertEquals(List.of("2018", "2019", "2020"), rows.stream().map(r -> r.get("when")).toList());
        assertTrue(rows.stream().allMatch(r -> Integer.parseInt(r.get("tasks")) > 0), rows.toString());
        // 000 第65项: "2.支持北科院、创业大街等机构在中关村科学城开展创业服务…": a location in 2020
        assertTrue(Integer.parseInt(rows.get(2).get("locations")) > 0, rows.toString());
    }
}

package org.policygraph.serve.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policygraph.query.NamedQuery;
import org.policygraph.query.QueryParam;
import org.policygraph.query.QueryParameters;
import org.policygraph.query.QueryRunner;
import org.policygraph.serve.ServedCorpus;

/**
 * The queries behind the explorer's pages, bound as the page binds them and sent to a real
 * server holding the sample corpus (with its full-text index). Each asserted fact is in the
 * corpus text quoted in the test.
 */
class ExplorerQueriesTest {
    static final String ID = "https://w3id.org/policygraph/id/";
    static final String ZGC_CITY = ID + "park/中关村科学城";
    static final String BAST = ID + "researchinstitution/北京科学技术研究院";
    static final String REPORT_000 = "000_28d4d448e5e08362.txt";
    static final String REPORT_001 = "001_43f4887ca2300bf0.txt";
    static final String REPORT_003 = "003_fe27a2d5279c6e1c.txt";
    /** 000 第65项 "中关村科学城要强化创新策源地能力建设…" */
    static final String TASK_65 = ID + "report/" + REPORT_000 + "/task/5";

    private static ServedCorpus served;
    private static QueryRunner runner;
    private static final ExplorerQueries QUERIES = new ExplorerQueries();

    @BeforeAll
    static void start() {
        served = ServedSample.get();
        runner = QueryRunner.remote(served.sparql());
    }

    static List<Map<String, String>> run(String name, String... nameValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) params.put(nameValues[i], nameValues[i + 1]);
        return rows(runner.select(QUERIES.bind(name, params)));
    }

    static List<Map<String, String>> rows(ResultSetRewindable results) {
        List<Map<String, String>> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution s = results.next();
            Map<String, String> row = new LinkedHashMap<>();
            for (String v : results.getResultVars()) {
                RDFNode n = s.get(v);
                if (n != null) row.put(v, n.isURIResource() ? n.asResource().getURI() : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
            }
            rows.add(row);
        }
        return rows;
    }

    static Map<String, String> first(List<Map<String, String>> rows, Predicate<Map<String, String>> p, String what) {
        return rows.stream().filter(p).findFirst().orElseThrow(() -> new AssertionError("no row " + what + " in " + rows));
    }

    /** The code points [at, at + length) of a text: where the page puts its mark. */
    static String span(String text, String at, String length) {
        int[] cps = text.codePoints().toArray();
        int a = Integer.parseInt(at), n = Integer.parseInt(length);
        return new String(cps, a, n);
    }

    static Stream<Path> queryFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("explorer"))) {
            List<Path> rq = files.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
            assertFalse(rq.isEmpty());
            return rq.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("queryFiles")
    void everyQueryAnswersItsHeadersExample(Path file) {
        String name = file.getFileName().toString().replace(".rq", "");
        NamedQuery q = QUERIES.find(name).orElseThrow(() -> new AssertionError(name + " is not bundled"));
        List<String> args = new ArrayList<>();
        for (QueryParam p : q.params()) {
            args.add(p.name());
            args.add(p.example().orElseThrow(() -> new AssertionError(name + ": parameter " + p.name() + " has no e.g. example")));
        }
        assertFalse(run(name, args.toArray(String[]::new)).isEmpty(), name + " answers nothing for its examples");
    }

    @Test
    void searchFindsTheEntityByItsNameFirst() {
        List<Map<String, String>> rows = run("search-entities", "words", "中关村科学城");
        assertEquals(ZGC_CITY, rows.get(0).get("entity"), rows.toString());
        assertEquals("Park", rows.get(0).get("type"));
        assertEquals("3", rows.get(0).get("reports"), "000, 001 and 003 all name it");
        // by an other name: 001 "中关村管委会" is 中关村科技园区管理委员会
        Map<String, String> admin = first(run("search-entities", "words", "中关村管委会"), r -> r.get("entity").equals(ID + "governmentbody/中关村科技园区管理委员会"), "中关村管委会");
        assertTrue(admin.get("matched").contains("中关村管委会"), admin.toString());
    }

    @Test
    void searchFindsTasksByTheSentencesThatSayTheWords() {
        List<Map<String, String>> rows = run("search-tasks", "words", "中关村科学城");
        // 000 第65项 "2.支持北科院、创业大街等机构在中关村科学城开展创业服务“+”线上活动14场。"
        assertTrue(rows.stream().anyMatch(r -> r.get("task").equals(TASK_65) && r.get("sentence").startsWith("2.支持北科院")), rows.toString());
        List<Map<String, String>> exact = rows.stream().filter(r -> r.get("sentence").contains("中关村科学城")).toList();
        assertEquals(Set.of(REPORT_000, REPORT_001, REPORT_003), exact.stream().map(r -> r.get("reportFile")).collect(Collectors.toSet()));
        // 001 (十七) "…在朝阳望京、中关村大街、未来科学城和新首钢试点建设国际人才社区": some of the words only
        assertTrue(rows.stream().anyMatch(r -> r.get("key").equals("(十七)") && !r.get("sentence").contains("中关村科学城")), rows.toString());
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(Double.parseDouble(rows.get(i - 1).get("score")) >= Double.parseDouble(rows.get(i).get("score")), "best first");
        }
    }

    @Test
    void theEntityWithItsNames() {
        Map<String, String> e = run("entity", "entity", ID + "governmentbody/中关村科技园区管理委员会").get(0);
        assertEquals("GovernmentBody", e.get("type"));
        assertTrue(e.get("otherNames").contains("中关村管委会"), e.toString());
        assertEquals("3", run("entity", "entity", ZGC_CITY).get(0).get("reports"));
    }

    @Test
    void theTimelineHasTasksOfEveryReportInYearOrderWithTheMentionInItsSentence() {
        List<Map<String, String>> rows = run("entity-tasks", "entity", ZGC_CITY);
        assertEquals(List.of(REPORT_001, REPORT_003, REPORT_000), rows.stream().map(r -> r.get("reportFile")).distinct().toList(), "2018, 2019, 2020");
        for (Map<String, String> r : rows) {
            assertEquals(r.get("text"), span(r.get("sentence"), r.get("at"), r.get("length")), "the mark falls on the mention: " + r);
        }
        // 000 第65项 "2.支持北科院、创业大街等机构在中关村科学城开展创业服务…": the location
        Map<String, String> located = first(rows, r -> "Location".equals(r.get("role")), "with a role");
        assertEquals("第65项", located.get("key"));
        assertEquals("在", located.get("cue"));
    }

    @Test
    void theTimelineGivesTheRoleEachSentenceStates() {
        // 001 (十五): "…市科委配合…": a partner, in the 2018 report
        List<Map<String, String>> rows = run("entity-tasks", "entity", ID + "governmentbody/北京市科学技术委员会");
        Map<String, String> partner = first(rows, r -> "Partner".equals(r.get("role")) && r.get("key").equals("(十五)"), "(十五) partner");
        assertEquals(REPORT_001, partner.get("reportFile"));
        assertEquals("配合", partner.get("cue"));
        assertEquals("市科委", partner.get("text"));
    }

    @Test
    void coMentionedEntitiesCountSharedTasksAndSentences() {
        List<Map<String, String>> rows = run("entity-co-mentioned", "entity", ZGC_CITY);
        // 000 第65项: "2.支持北科院、创业大街等机构在中关村科学城开展创业服务…": one task, one sentence
        Map<String, String> bast = first(rows, r -> r.get("other").equals(BAST), "北京科学技术研究院");
        assertEquals("ResearchInstitution", bast.get("type"));
        assertEquals("1", bast.get("tasks"));
        assertEquals("1", bast.get("sentences"));
        // 003 (六) names 中关村科学城 and "中国通号、交控科技、天宜上佳、沃尔德与航天宏图5家企业实现科创板上市"
        Map<String, String> company = first(rows, r -> r.get("other").equals(ID + "company/交控科技"), "交控科技");
        assertEquals("Company", company.get("type"));
        assertEquals("0", company.get("sentences"), "in the same task, not the same sentence");
        assertFalse(rows.stream().anyMatch(r -> r.get("other").equals(ZGC_CITY)), "not itself");
    }

    @Test
    void figuresInItsSentences() {
        // 000 第65项: "2.支持北科院…在中关村科学城开展创业服务“+”线上活动14场。"
        Map<String, String> f = first(run("entity-figures", "entity", ZGC_CITY), r -> "14场".equals(r.get("text")), "14场");
        assertEquals(14.0, Double.parseDouble(f.get("value")));
        assertEquals("场", f.get("unit"));
        assertEquals("第65项", f.get("key"));
    }

    @Test
    void theGraphLinksItsTasksToTheirEntities() {
        List<Map<String, String>> rows = run("entity-graph", "entity", ZGC_CITY);
        assertTrue(rows.stream().anyMatch(r -> r.get("task").equals(TASK_65) && BAST.equals(r.get("other"))), rows.toString());
        assertEquals(Set.of(REPORT_000, REPORT_001, REPORT_003), rows.stream().map(r -> r.get("reportFile")).collect(Collectors.toSet()));
    }

    @Test
    void sharedEvidenceMarksBothNamesInTheirSentence() {
        List<Map<String, String>> rows = run("shared-evidence", "entity", ZGC_CITY, "other", BAST);
        String sentence = "2.支持北科院、创业大街等机构在中关村科学城开展创业服务“+”线上活动14场。";
        Map<String, String> other = first(rows, r -> r.get("who").equals("other"), "the other");
        assertEquals(sentence, other.get("sentence"));
        assertEquals("北科院", span(sentence, other.get("at"), other.get("length")));
        Map<String, String> self = first(rows, r -> r.get("who").equals("entity") && r.get("sentence").equals(sentence), "the entity in that sentence");
        assertEquals("中关村科学城", span(sentence, self.get("at"), self.get("length")));
    }

    @Test
    void sharedEvidenceGivesTheRowsOfItsJoinedForm() throws java.io.IOException {
        // the form that joined every mention of the one with every mention of the other
        String[][] pairs = {{ZGC_CITY, BAST}, {BAST, ZGC_CITY}, {ZGC_CITY, ZGC_CITY}, {ZGC_CITY, ID + "governmentbody/中关村科学城管理委员会"}};
        int rows = 0;
        for (String[] pair : pairs) rows += assertSameRowsAsBefore("shared-evidence", "entity", pair[0], "other", pair[1]);
        assertTrue(rows > 20, rows + " rows");
    }

    @Test
    void taskEntitiesGivesTheRowsOfItsJoinedForm() throws java.io.IOException {
        // the form that walked every mention and role of each entity up to the task, and joined the two
        int rows = 0;
        for (String task : List.of(TASK_65, ID + "report/" + REPORT_003 + "/task/1", ID + "report/" + REPORT_003 + "/task/3",
                ID + "report/" + REPORT_001 + "/task/2", ID + "report/" + REPORT_000 + "/task/10")) {
            rows += assertSameRowsAsBefore("task-entities", "task", task);
        }
        assertTrue(rows > 20, rows + " rows");
    }

    /** The query gives the rows, in order, of its form before it was rewritten (test resources, {@code before-rewrite/}); returns how many. */
    private static int assertSameRowsAsBefore(String name, String... nameValues) throws java.io.IOException {
        String before;
        try (var in = ExplorerQueriesTest.class.getResourceAsStream("before-rewrite/" + name + ".rq")) {
            before = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) params.put(nameValues[i], nameValues[i + 1]);
        List<Map<String, String>> expected = rows(runner.select(QueryParameters.of(params).bind(NamedQuery.of(name, before))));
        List<Map<String, String>> actual = run(name, nameValues);
        assertEquals(expected, actual, name + " " + params);
        return actual.size();
    }

    @Test
    void theTaskWithItsTextParentAndItems() {
        Map<String, String> t = run("task", "task", TASK_65).get(0);
        assertEquals("第65项", t.get("key"));
        assertEquals(REPORT_000, t.get("reportFile"));
        assertTrue(t.get("text").startsWith("第65项:中关村科学城要强化创新策源地能力建设"), t.get("text"));
        assertTrue(t.get("text").contains("线上活动14场"), t.get("text"));
        // 003 "一、坚持开门搞规划…" holds (一), (二), (三)
        String section = ID + "report/" + REPORT_003 + "/task/1";
        assertEquals(List.of("(一)", "(二)", "(三)"), run("task-children", "task", section).stream().map(r -> r.get("key")).toList());
        Map<String, String> item = run("task", "task", ID + "report/" + REPORT_003 + "/task/3").get(0);
        assertEquals(section, item.get("parent"));
        assertEquals("一、", item.get("parentKey"));
    }

    @Test
    void theTasksEntitiesWithRolesAndTheirMarksInItsText() {
        // 000 第65项: "1.会同中关村科学城管委会、海淀区政府研究完成…"
        List<Map<String, String>> entities = run("task-entities", "task", TASK_65);
        Map<String, String> admin = first(entities, r -> r.get("entity").equals(ID + "governmentbody/中关村科学城管理委员会"), "中关村科学城管理委员会");
        assertEquals("Partner", admin.get("roles"));
        assertEquals("会同", admin.get("cues"));
        assertEquals("Location", first(entities, r -> r.get("entity").equals(ZGC_CITY), "中关村科学城").get("roles"));
        String text = run("task", "task", TASK_65).get(0).get("text");
        List<Map<String, String>> mentions = run("task-mentions", "task", TASK_65);
        assertTrue(mentions.size() >= entities.size(), mentions.toString());
        for (Map<String, String> m : mentions) assertEquals(m.get("text"), span(text, m.get("at"), m.get("length")), m.toString());
        assertTrue(mentions.stream().anyMatch(m -> m.get("text").equals("中关村科学城管委会")), mentions.toString());
    }

    @Test
    void theTasksFigures() {
        // 000 第65项: "3.对223家开放实验室进行了分类研究,组织40余场次走进实验室…"
        List<Map<String, String>> rows = run("task-figures", "task", TASK_65);
        Map<String, String> labs = first(rows, r -> "223家".equals(r.get("text")), "223家");
        assertEquals("开放实验室".substring(0, 2), labs.getOrDefault("counts", "开放").substring(0, 2));
        assertTrue(labs.get("sentence").startsWith("3.对223家开放实验室"), labs.toString());
    }

    @Test
    void theReportItsTreeAndItsEntities() {
        String report = ID + "report/" + REPORT_003;
        Map<String, String> r = run("report", "report", report).get(0);
        assertEquals(REPORT_003, r.get("fileName"));
        assertEquals("2019", r.get("year"));
        assertTrue(r.get("sha256").matches("[0-9a-f]{64}"), r.toString());
        List<Map<String, String>> tasks = run("report-tasks", "report", report);
        assertEquals("一、", tasks.get(0).get("key"));
        assertFalse(tasks.get(0).containsKey("parent"), "a section at the top");
        assertEquals(tasks.get(0).get("task"), tasks.get(1).get("parent"), "(一) under 一、");
        List<Map<String, String>> entities = run("report-entities", "report", report);
        assertEquals("Company", first(entities, e -> e.get("entity").equals(ID + "company/交控科技"), "交控科技").get("type"));
        assertEquals(List.of("2018", "2019", "2020"), run("reports").stream().map(x -> x.get("year")).toList());
    }
}

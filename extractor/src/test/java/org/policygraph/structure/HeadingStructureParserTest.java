package org.policygraph.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policygraph.Corpus;
import org.policygraph.clean.ReportTextCleaner;

/** The task tree of the sample reports against their gold annotations, and of built reports in the other heading styles. */
class HeadingStructureParserTest {
    private final HeadingStructureParser parser = new HeadingStructureParser();

    /** A gold task: its numbering and heading text. */
    private record GoldTask(String key, String title) {}

    private static List<GoldTask> goldTasks(String report) throws IOException {
        try (InputStream in = HeadingStructureParserTest.class.getResourceAsStream("/gold/" + report + ".gold.json")) {
            if (in == null) throw new IllegalStateException("no gold file for " + report);
            JsonObject gold = JSON.parse(in);
            assertEquals(report, gold.get("document").getAsString().value());
            List<GoldTask> out = new ArrayList<>();
            for (JsonValue t : gold.get("tasks").getAsArray()) {
                JsonObject o = t.getAsObject();
                out.add(new GoldTask(o.get("key").getAsString().value(), o.get("title").getAsString().value()));
            }
            return out;
        }
    }

    private ReportStructure parseCorpus(String report) {
        return parser.parse(new ReportTextCleaner().clean(Corpus.read(report)).text());
    }

    /** Tasks that no other task has as parent: the level the gold annotates. */
    private static List<Task> leaves(ReportStructure s) {
        List<Task> out = new ArrayList<>();
        for (Task t : s.tasks()) {
            if (s.tasks().stream().noneMatch(c -> c.parent() == t.index())) out.add(t);
        }
        return out;
    }

    private void assertLeavesMatchGold(String report) throws IOException {
        List<GoldTask> gold = goldTasks(report);
        List<Task> leaves = leaves(parseCorpus(report));
        assertEquals(gold.stream().map(GoldTask::key).collect(Collectors.toList()),
                leaves.stream().map(Task::key).collect(Collectors.toList()), report + ": leaf task keys");
        for (int i = 0; i < gold.size(); i++) {
            String g = gold.get(i).title();
            String head = g.substring(0, Math.min(8, g.length()));
            assertTrue(leaves.get(i).title().startsWith(head),
                    report + " " + gold.get(i).key() + ": title '" + leaves.get(i).title() + "' does not start with '" + head + "'");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Corpus.R000, Corpus.R001})
    void leafTasksMatchTheGold(String report) throws IOException {
        assertLeavesMatchGold(report);
    }

    @Test
    void leafTasksOf003MatchTheGold() throws IOException {
        assertLeavesMatchGold(Corpus.R003);
    }

    @Test
    void sectionsAndItemsOf003MatchTheGold() throws IOException {
        // the part of 003 the parser finds today: (一)…(十) under 一、…四、 and 第一…第四 of the closing list
        List<GoldTask> gold = goldTasks(Corpus.R003);
        List<Task> leaves = leaves(parseCorpus(Corpus.R003));
        List<String> goldKeys = gold.stream().map(GoldTask::key).collect(Collectors.toList());
        List<String> keys = leaves.stream().map(Task::key).collect(Collectors.toList());
        assertEquals(goldKeys.subList(0, 14), keys.subList(0, Math.min(14, keys.size())));
    }

    @Test
    void bracketedItemsOf003SitUnderTheirSection() {
        ReportStructure s = parseCorpus(Corpus.R003);
        List<Task> sections = s.tasks().stream().filter(t -> t.key().endsWith("、")).collect(Collectors.toList());
        assertEquals(List.of("一、", "二、", "三、", "四、"), sections.stream().map(Task::key).collect(Collectors.toList()));
        assertTrue(sections.get(0).title().startsWith("坚持开门搞规划"), sections.get(0).title());
        assertEquals(1, sections.get(0).level());
        assertFalse(sections.get(0).hasParent());
        for (String key : List.of("(一)", "(二)", "(三)")) assertEquals(sections.get(0), parentOf(s, key), key);
        for (String key : List.of("(四)", "(五)", "(六)", "(七)")) assertEquals(sections.get(1), parentOf(s, key), key);
        for (String key : List.of("(八)", "(九)")) assertEquals(sections.get(2), parentOf(s, key), key);
        assertEquals(sections.get(3), parentOf(s, "(十)"));
    }

    @Test
    void bracketedItemsOf001AreTopLevelTasks() {
        ReportStructure s = parseCorpus(Corpus.R001);
        assertEquals(27, s.tasks().size());
        for (Task t : s.tasks()) {
            assertTrue(t.key().matches("\\([一二三四五六七八九十]+\\)"), t.key());
            assertFalse(t.hasParent(), t.key());
        }
    }

    @Test
    void progressItemsOf000AreNotTasks() {
        ReportStructure s = parseCorpus(Corpus.R000);
        assertEquals(22, s.tasks().size());
        for (Task t : s.tasks()) assertTrue(t.key().matches("第[0-9]+项"), t.key());
        // each task runs over its 工作进展 paragraph with its 1. 2. … items, up to the next task
        String text = new ReportTextCleaner().clean(Corpus.read(Corpus.R000)).text();
        Task first = s.tasks().get(0);
        assertTrue(text.substring(first.start(), first.end()).contains("工作进展:1.结合产业集聚提升"));
        assertTrue(text.substring(first.start(), first.end()).contains("3.累计调研了400家企业"));
        assertEquals(s.tasks().get(1).start(), text.indexOf("第45项"));
    }

    @ParameterizedTest
    @ValueSource(strings = {Corpus.R000, Corpus.R001, Corpus.R003})
    void everyTaskLiesInsideItsParentAndTheText(String report) {
        String text = new ReportTextCleaner().clean(Corpus.read(report)).text();
        assertTasksNest(parser.parse(text), text);
    }

    @Test
    void sectionItemAndSubItemNest() {
        String text = String.join("\n",
                "关于2019年工作情况的报告",
                "一、总体要求",
                "(一)加强规划引领。围绕三城一区开展工作。",
                "1.编制规划。完成初稿。",
                "2.落实规划。",
                "(二)强化服务保障。",
                "二、保障措施",
                "(三)加强组织领导。明确责任分工。");
        ReportStructure s = parser.parse(text);
        assertEquals(List.of("一、", "(一)", "1.", "2.", "(二)", "二、", "(三)"), keys(s));
        assertEquals(List.of("总体要求", "加强规划引领", "编制规划", "落实规划", "强化服务保障", "保障措施", "加强组织领导"),
                s.tasks().stream().map(Task::title).collect(Collectors.toList()));
        assertEquals(List.of(1, 2, 3, 3, 2, 1, 2), s.tasks().stream().map(Task::level).collect(Collectors.toList()));
        assertEquals(List.of(-1, 0, 1, 1, 0, -1, 5), s.tasks().stream().map(Task::parent).collect(Collectors.toList()));
        assertEquals(text.indexOf("1.编制规划"), s.tasks().get(2).start());
        assertEquals(text.indexOf("\n2.落实规划"), s.tasks().get(2).end());
        assertEquals(text.indexOf("\n二、"), s.tasks().get(0).end());
        assertEquals(text.length(), s.tasks().get(5).end());
        assertTasksNest(s, text);
    }

    @Test
    void anItemThatLostItsOpeningBracketIsStillAnItem() {
        // 三）改革开放持续深化 in a provincial report: the typesetter dropped the （
        ReportStructure s = parser.parse("一、回顾\n（一）经济运行稳中有进。\n（二）科技创新成果丰硕。\n三）改革开放持续深化、互促共进。\n（四）民生保障有力。");
        assertEquals(List.of("一、", "(一)", "(二)", "(三)", "(四)"), keys(s));
        assertEquals("改革开放持续深化、互促共进", s.tasks().get(3).title());
    }

    @Test
    void fullWidthBracketsGiveTheSameKey() {
        ReportStructure s = parser.parse("(一)加强规划。\n（二）强化服务。");
        assertEquals(List.of("(一)", "(二)"), keys(s));
    }

    @Test
    void closingListOfOrdinalsGivesTasks() {
        String text = String.join("\n",
                "今年以来,我们围绕全国科技创新中心建设开展了大量工作。",
                "下一步,我们将重点做好以下工作:",
                "第一,加快推进三城一区建设。加强规划落地。",
                "第二,全力落实国家重大战略任务。推进实验室建设。");
        ReportStructure s = parser.parse(text);
        assertEquals(List.of("第一", "第二"), keys(s));
        assertEquals(List.of("加快推进三城一区建设", "全力落实国家重大战略任务"), s.tasks().stream().map(Task::title).collect(Collectors.toList()));
        assertEquals(text.indexOf("第一,"), s.tasks().get(0).start());
        assertEquals(text.indexOf("\n第二,"), s.tasks().get(0).end());
        assertEquals(text.length(), s.tasks().get(1).end());
        assertTasksNest(s, text);
    }

    @Test
    void lineInitialNumbersAfterAProgressMarkerAreProgressItemsNotTasks() {
        String text = String.join("\n",
                "第1项:推进园区建设。",
                "工作进展:",
                "1.完成规划编制。",
                "2.召开推进会。",
                "第2项:支持企业发展。",
                "工作进展:1.走访企业。2.出台政策。");
        ReportStructure s = parser.parse(text);
        assertEquals(List.of("第1项", "第2项"), keys(s));
        assertEquals("推进园区建设", s.tasks().get(0).title());
        assertEquals(text.indexOf("\n第2项"), s.tasks().get(0).end(), "the progress items belong to the first task");
    }

    @Test
    void reportWithoutHeadingsHasNoTasksButHasSentences() {
        String text = "今年以来,中关村科学城加快建设。怀柔科学城稳步推进!\n未来科学城取得进展。";
        ReportStructure s = parser.parse(text);
        assertTrue(s.tasks().isEmpty(), () -> "tasks found: " + keys(s));
        assertEquals(3, s.sentences().size());
    }

    @Test
    void innermostTaskAtAnOffsetIsTheDeepestHeading() {
        String text = "一、总体要求\n(一)加强规划引领。\n1.编制规划。\n2.落实规划。";
        ReportStructure s = parser.parse(text);
        assertEquals("1.", s.innermostTaskAt(text.indexOf("编制")).orElseThrow().key());
        assertEquals("(一)", s.innermostTaskAt(text.indexOf("加强")).orElseThrow().key());
        assertEquals("一、", s.innermostTaskAt(text.indexOf("总体")).orElseThrow().key());
        assertTrue(parser.parse("前言。\n一、总体要求").innermostTaskAt(0).isEmpty());
    }

    private static Task parentOf(ReportStructure s, String key) {
        Task t = s.tasks().stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError("no task " + key));
        assertTrue(t.hasParent(), key + " has no parent");
        return s.tasks().get(t.parent());
    }

    private static List<String> keys(ReportStructure s) {
        return s.tasks().stream().map(Task::key).collect(Collectors.toList());
    }

    private static void assertTasksNest(ReportStructure s, String text) {
        for (Task t : s.tasks()) {
            assertTrue(0 <= t.start() && t.start() < t.end() && t.end() <= text.length(), t.key() + " span " + t.start() + ".." + t.end());
            assertTrue(text.startsWith(t.key().replace(".", ""), t.start()) || text.startsWith(t.key().replace("、", ""), t.start()),
                    t.key() + " does not start at its heading: " + text.substring(t.start(), Math.min(text.length(), t.start() + 10)));
            assertFalse(t.title().isEmpty(), t.key());
            assertTrue(text.substring(t.start(), t.end()).contains(t.title()), t.key() + ": title not inside its span");
            if (t.hasParent()) {
                Task p = s.tasks().get(t.parent());
                assertTrue(p.level() < t.level(), t.key() + " level " + t.level() + " under " + p.key() + " level " + p.level());
                assertTrue(p.start() < t.start() && t.end() <= p.end(),
                        t.key() + " [" + t.start() + "," + t.end() + ") outside its parent " + p.key() + " [" + p.start() + "," + p.end() + ")");
            }
        }
    }

    @Test
    void reportOnOneLineSplitsWhereTheNumberingGoesOn() {
        String line = "按照要求,现汇报如下:一、坚持开门搞规划(一)完善规划编制机制。开展调研,召开专题会30余次,推进一、二期工程。"
                + "(二)加强资源布局协同性梳理各区资源特点。二、深化改革强化服务(三)深化科研管理改革简政放权。当前,形势复杂。"
                + "第一,加快推进规划落地。第二,落实国家战略任务。";
        String text = line.repeat(1).concat("补充说明。".repeat(400)); // longer than any paragraph
        List<String> tasks = parser.parse(text).tasks().stream().map(t -> t.key() + " " + t.title()).toList();
        assertEquals(List.of("一、 坚持开门搞规划", "(一) 完善规划编制机制", "(二) 加强资源布局协同性梳理各区资源特点", "二、 深化改革强化服务",
                "(三) 深化科研管理改革简政放权", "第一 加快推进规划落地", "第二 落实国家战略任务"), tasks);
    }

    @Test
    void numeralsJoinedByACommaCountThingsAndOpenNoHeading() {
        String text = "一、推进生态保护\n第一、二轮督察反馈问题全部整改办结。\n一、二季度增长较快。推进整改。第一、二批项目开工。";
        assertEquals(List.of("一、"), parser.parse(text).tasks().stream().map(Task::key).toList());
    }

    @Test
    void glossaryAfterTheReportEndsTheTaskTree() {
        String text = "一、总体要求\n(一)扩大内需\n推进消费。\n各位代表!让我们团结奋斗。\n名词解释\n1.“两重”:是指国家重大战略实施。\n2.“两新”:是指设备更新。";
        ReportStructure s = parser.parse(text);
        assertEquals(List.of("一、", "(一)"), s.tasks().stream().map(Task::key).toList());
        assertEquals(text.indexOf("名词解释"), s.tasks().get(0).end() + 1, "the last section runs on into the glossary");
    }
}

package org.policygraph.recognise.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policygraph.recognise.RealSegmentation.describe;
import static org.policygraph.recognise.RealSegmentation.offsetOf;
import static org.policygraph.recognise.RealSegmentation.only;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policygraph.Corpus;
import org.policygraph.clean.ReportTextCleaner;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.Mention;
import org.policygraph.recognise.RealSegmentation;

/** Titles in 《》 on sentences of the sample reports: the title without its brackets, typed by its head word. */
class BookTitleRecogniserTest {
    private final BookTitleRecogniser recogniser = new BookTitleRecogniser();

    /** 000, 第61项. */
    private static final String REGULATION = "工作进展:1.落实《北京市促进科技成果转化条例》职务科技成果权属改革,组织召开高校院所专题研讨会,";
    /** 000, 第83项: a plan for a forum is a plan. */
    private static final String FORUM_PLAN = "工作进展:1.《2020中关村论坛总体方案》已经市委、市政府审批同意,拟设置开幕大会、平行论坛、";
    /** 001, (二十三): television programmes, articles and a documentary, none of them a document. */
    private static final String MEDIA = "中央电视台《新闻联播》对中关村培育关键核心技术进行了5分钟的重点报道,新华社完成了第一轮主题报道,"
            + "已发表长篇报道2篇《从一个“村”看一个国家的未来--写在中关村改革发展40年之际》《改革创新试验田,踏上强国之路新征程——"
            + "对话中关村管委会主任翟立新》,推出融媒体人物视频3条,图片报道1条,北京日报发表了五篇系列报道报道,其中头版报道4篇,"
            + "摄影专版1篇,北京电视台《北京新闻》栏目头条刊播《创新创业中关村》和《自主创新中关村》,时长分别达到了6分钟与5分钟。";
    /** 003, preamble: a title holding a title in 〈〉. */
    private static final String NESTED = "于今年2月形成《〈审议意见〉研究处理方案的报告》,市有关部门、区政府按照分工要求,抓紧推进相关工作,";
    /** 003, preamble: a title holding quotes, then its short form. */
    private static final String QUOTED_INSIDE = "按照《市十五届人大常委会第七次会议对“关于‘三城一区’建设发展情况的报告”的审议意见》"
            + "(京常审字〔2018〕11号,以下简称《审议意见》)要求,";
    /** 000, 第69项: the years after the title's head. */
    private static final String DATED = "向示范区领导小组各成员单位正式印发《中关村国家自主创新示范区分园三年提升发展行动方案(2020-2022)》";

    private List<Mention> find(String text) {
        return recogniser.recognise(RealSegmentation.analyse(text));
    }

    @Test
    void sentencesAreCopiedFromTheCorpus() {
        String r000 = Corpus.read(Corpus.R000), r001 = Corpus.read(Corpus.R001), r003 = Corpus.read(Corpus.R003);
        assertTrue(r000.contains(REGULATION));
        assertTrue(r000.contains(FORUM_PLAN));
        assertTrue(r001.contains(MEDIA));
        assertTrue(r003.contains(NESTED));
        assertTrue(r003.contains(QUOTED_INSIDE));
        assertTrue(r000.contains(DATED));
    }

    @Test
    void aRegulationIsAPolicyWithoutItsBrackets() {
        List<Mention> found = find(REGULATION);
        assertEquals(1, found.size(), describe(found));
        Mention m = found.get(0);
        assertEquals("北京市促进科技成果转化条例", m.text());
        assertEquals(EntityType.POLICY, m.type());
        assertEquals(offsetOf(REGULATION, "《") + 1, m.start(), "starts after 《");
        assertEquals(offsetOf(REGULATION, "》"), m.end(), "ends before 》");
        assertEquals("title", m.recogniser());
    }

    @Test
    void aPlanForAForumIsAPolicy() {
        Mention m = only(find(FORUM_PLAN), "2020中关村论坛总体方案");
        assertEquals(EntityType.POLICY, m.type());
    }

    @Test
    void titleHeadsGiveEventsAndNewspapers() {
        // names from the reports, as they would be titled in 《》
        assertEquals(Optional.of(EntityType.EVENT), recogniser.typeOf("中关村论坛"));
        assertEquals(Optional.of(EntityType.EVENT), recogniser.typeOf("国际人工智能与教育大会"));
        assertEquals(Optional.of(EntityType.OTHER_ORGANIZATION), recogniser.typeOf("北京日报"));
        assertEquals(Optional.of(EntityType.POLICY), recogniser.typeOf("中关村科学城工作简报"));
    }

    @Test
    void programmesArticlesAndShortUnheadedTitlesAreNothing() {
        List<Mention> found = find(MEDIA);
        assertTrue(found.isEmpty(), "《新闻联播》《北京新闻》《创新创业中关村》and two articles are no documents: " + describe(found));
    }

    @Test
    void anInnerTitleStaysInsideTheOuterOne() {
        List<Mention> found = find(NESTED);
        assertEquals(1, found.size(), describe(found));
        Mention m = found.get(0);
        assertEquals("〈审议意见〉研究处理方案的报告", m.text());
        assertEquals(EntityType.POLICY, m.type());
        assertEquals(NESTED.charAt(m.start() - 1), '《');
        assertEquals(NESTED.charAt(m.end()), '》');
    }

    @Test
    void quotesInsideATitleStayInIt() {
        List<Mention> found = find(QUOTED_INSIDE);
        assertEquals(List.of("市十五届人大常委会第七次会议对“关于‘三城一区’建设发展情况的报告”的审议意见", "审议意见"),
                found.stream().map(Mention::text).toList());
        assertTrue(found.stream().allMatch(m -> m.type() == EntityType.POLICY), describe(found));
    }

    @Test
    void yearsAfterTheHeadAreKeptInTheName() {
        Mention m = only(find(DATED), "中关村国家自主创新示范区分园三年提升发展行动方案(2020-2022)");
        assertEquals(EntityType.POLICY, m.type());
    }

    @Test
    void aLoneClosingMarkIsNoTitle() {
        // the tail of a title whose opening mark is in the previous sentence
        String tail = DATED.substring(DATED.indexOf("发展行动方案"));
        assertTrue(find(tail).isEmpty());
    }
    @Test
    void anUnclosedTitleDoesNotHideTheTitlesAfterIt() {
        // a title broken over two lines, as copied from a PDF, then a line with a title of its own
        int wrap = offsetOf(DATED, "发展行动方案");
        String text = DATED.substring(0, wrap) + "\n" + DATED.substring(wrap) + "\n" + REGULATION;
        only(find(text), "北京市促进科技成果转化条例");
    }

    @ParameterizedTest
    @ValueSource(strings = {Corpus.R000, Corpus.R001, Corpus.R003})
    void everyTitleSitsRightInsideItsBrackets(String report) {
        String text = new ReportTextCleaner().clean(Corpus.read(report)).text();
        AnalysedText at = RealSegmentation.analyse(text);
        List<Mention> found = recogniser.recognise(at);
        long titles = text.chars().filter(c -> c == '《').count();
        assertTrue(found.size() > titles / 2, report + ": most titles are documents, found " + found.size() + " of " + titles);
        for (Mention m : found) {
            assertEquals('《', text.charAt(m.start() - 1), m.toString());
            assertEquals('》', text.charAt(m.end()), m.toString());
            assertEquals(m.text(), text.substring(m.start(), m.end()));
            assertTrue(!m.text().startsWith("《") && !m.text().endsWith("》"), "title marks left in " + m.text());
        }
    }
}

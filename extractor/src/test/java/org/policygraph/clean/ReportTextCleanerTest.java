package org.policygraph.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.text.Normalizer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policygraph.Corpus;

/** Chrome out, full-width forms folded, and every kept character traceable to its source. */
class ReportTextCleanerTest {

    /** A report as a government web page prints it: menu, print/close links, a counter, prev/next links. */
    private static final String PAGE = String.join("\n",
            "网站首页 | 新闻中心 | 政务公开",
            "【打印本页】 【关闭窗口】",
            "浏览次数: 512",
            "第１项：推进中关村科学城建设（试点），完成１２个项目。",
            "工作进展：已完成。",
            "",
            "",
            "第２项：支持共建园区发展。",
            "上一篇:关于印发某某办法的通知",
            "下一篇:关于召开某某会议的通知",
            "【打印本页】 【关闭窗口】");

    private final ReportTextCleaner cleaner = new ReportTextCleaner();

    @Test
    void dropsChromeAndFoldsFullWidthForms() {
        String text = cleaner.clean(PAGE).text();
        assertEquals("第1项:推进中关村科学城建设(试点),完成12个项目。\n工作进展:已完成。\n\n第2项:支持共建园区发展。", text);
    }

    @Test
    void eachChromeLineAloneIsDropped() {
        for (String chrome : new String[] {"【打印本页】 【关闭窗口】", "上一篇:关于印发某某办法的通知", "下一篇：某某会议", "浏览次数: 512", "阅读次数：1024次"}) {
            String text = cleaner.clean("第1项:推进园区建设。\n" + chrome + "\n第2项:支持企业。").text();
            assertEquals("第1项:推进园区建设。\n第2项:支持企业。", text, chrome);
        }
    }

    @Test
    void reportSentencesThatMerelyMentionChromeWordsAreKept() {
        String report = "组织开展“上一篇”主题活动,浏览量大幅增长。\n累计关闭窗口期问题12个。";
        assertEquals(report, cleaner.clean(report).text());
    }

    @Test
    void radicalsAndCompatibilityIdeographsBecomeTheCharactersTheyStandFor() {
        // U+2F00 一, U+2F2F 工, U+2F8F 行 (Kangxi radicals), U+F9DC 隆 (a compatibility ideograph)
        assertEquals("一、推进工作,行业兴隆", cleaner.clean("\u2F00、推进\u2F2F作,\u2F8F业兴\uF9DC").text());
    }

    @Test
    void charactersThatTakeNoRoomGoAndTheRestKeepTheirOffsets() {
        String read = "推进\u200B中关\u00AD村\uFEFF科学城\u200D建设\uFE0F。\n\u200B\n第2项";
        CleanText clean = cleaner.clean(read);
        assertEquals("推进中关村科学城建设。\n\n第2项", clean.text());
        OffsetsTrace.assertTrace(clean, read);
    }

    @Test
    void everyKindOfLineBreakEndsALine() {
        String expected = "第1项:推进园区建设。\n第2项:支持企业。\n第3项:完善政策。\n第4项:优化服务。\n第5项:加强合作。\n第6项:深化改革。";
        String read = "第1项:推进园区建设。\r第2项:支持企业。\r\n第3项:完善政策。\u000B第4项:优化服务。\u2028第5项:加强合作。\u2029第6项:深化改革。";
        CleanText clean = cleaner.clean(read);
        assertEquals(expected, clean.text());
        OffsetsTrace.assertTrace(clean, read);
    }

    @Test
    void spacesBetweenChineseAndLatinOrDigitsGo() {
        assertEquals("2025年地区生产总值增长5.5%,建成5G基站,推进AI应用\n省长 王清宪\nZhongguancun Science City\n39 优先推动试点政策",
                cleaner.clean("2025 年地区生产总值增长 5.5%,建成 5G 基站,推进 AI 应用\n省长 王清宪\nZhongguancun Science City\n39 优先推动试点政策").text());
    }

    @Test
    void markdownMarksGoAndTheHeadingsOpenTheirLinesAgain() {
        String read = "## 一、总体要求\n**(一)精准施策稳经济。**面对复杂形势,推进**重点**工作。\n> 引文一段\n2**3等于8";
        CleanText clean = cleaner.clean(read);
        assertEquals("一、总体要求\n(一)精准施策稳经济。面对复杂形势,推进重点工作。\n引文一段\n2**3等于8", clean.text());
        OffsetsTrace.assertTrace(clean, read);
    }

    @Test
    void bulletsBeforeHeadingsGoAndPageNumbersAndBulletLinesStay() {
        assertEquals("一、总体要求\n(一)精准施策稳经济。\n推进重点工作。\n- 5 -发展",
                cleaner.clean("■ 一、总体要求\n◆(一)精准施策稳经济。\n● 推进重点工作。\n- 5 -发展").text());
        assertEquals("推进园区建设。\n完成12个项目。", cleaner.clean("推进园区建设。\n•\n完成12个项目。").text());
    }

    @Test
    void fullWidthAsciiBecomesAscii() {
        assertEquals("(),:12AZaz;!?", cleaner.clean("（），：１２ＡＺａｚ；！？").text());
    }

    @Test
    void chinesePunctuationWithoutAsciiTwinStays() {
        String s = "推进“三城一区”建设、《条例》落地。";
        assertEquals(s, cleaner.clean(s).text());
    }

    @Test
    void runsOfBlankLinesFoldIntoOneAndLineEndsAreTrimmed() {
        assertEquals("甲。\n\n乙。\n丙。", cleaner.clean("甲。  \r\n\r\n\r\n\r\n乙。\r\n丙。\r\n\r\n").text());
    }

    @Test
    void printAndCloseLinksAtTheEndOfReport001AreDropped() {
        String read = Corpus.read(Corpus.R001);
        assertTrue(read.lines().anyMatch(l -> l.strip().equals("【打印本页】 【关闭窗口】")), "001 no longer ends with its page links");
        String text = cleaner.clean(read).text();
        assertFalse(text.contains("打印本页") || text.contains("关闭窗口"), "page links kept");
        assertTrue(text.endsWith("北京赛区生物医药行业赛和全国赛。"), "the report's last sentence lost: ..." + text.substring(text.length() - 20));
    }

    @Test
    void cleanedCorpusReportsKeepAllTheirWords() {
        for (String name : Corpus.ALL) {
            String read = Corpus.read(name);
            String text = cleaner.clean(read).text();
            // apart from 001's page-link line, the corpus has no chrome: only whitespace goes, and full-width forms fold
            String expected = strip(fold(read.replace("【打印本页】 【关闭窗口】", "")));
            String actual = strip(text);
            int at = firstDifference(expected, actual);
            if (at >= 0) fail(name + ": cleaned text differs at " + at + ": expected …" + around(expected, at) + "… but was …" + around(actual, at) + "…");
        }
    }

    private static int firstDifference(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) if (a.charAt(i) != b.charAt(i)) return i;
        return a.length() == b.length() ? -1 : n;
    }

    private static String around(String s, int at) {
        return s.substring(Math.max(0, at - 15), Math.min(s.length(), at + 15));
    }

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("built page", PAGE),
                Arguments.of(Corpus.R000, Corpus.read(Corpus.R000)),
                Arguments.of(Corpus.R003, Corpus.read(Corpus.R003)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void sourceOffsetsPointAtTheSameCharacter(String name, String input) {
        assertOffsetsTrace(input);
    }

    @Test
    void sourceOffsetsOfIndentedLinesPointAtTheLineBreak() {
        assertOffsetsTrace("第1项:推进园区建设。\n　　工作进展:已完成。");
        assertOffsetsTrace(Corpus.read(Corpus.R001));
    }

    @Test
    void sourceOffsetsSkipIndentationOfTheLineText() {
        String input = "　　第1项:推进园区建设。";
        CleanText clean = cleaner.clean(input);
        assertEquals("第1项:推进园区建设。", clean.text());
        assertEquals(2, clean.sourceOffsets()[0]);
    }

    private void assertOffsetsTrace(String input) {
        OffsetsTrace.assertTrace(cleaner.clean(input), input);
    }

    /** NFKC per character for the full-width ASCII forms and ideographic space, the folding the cleaner promises. */
    private static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.chars().forEach(c -> b.append(c >= 0xFF01 && c <= 0xFF5E || c == 0x3000 ? Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC) : String.valueOf((char) c)));
        return b.toString();
    }

    private static String strip(String s) {
        return s.replaceAll("\\s+", "");
    }
}

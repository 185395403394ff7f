package org.policygraph.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policygraph.Corpus;
import org.policygraph.ViewerDumps;

/** A document viewer's dump cleans to the report's text: header and piece numbers gone, cut words joined, numbers repaired. */
class ViewerDumpTest {
    private final ReportTextCleaner cleaner = new ReportTextCleaner();

    /** The report with its line breaks gone, as the dump holds it, cleaned. */
    private String oneLine(String report) {
        return cleaner.clean(String.join("", report.lines().map(String::strip).toList())).text();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void dumpOfEachSampleReportCleansToItsTextOnOneLine(long seed) {
        for (String name : Corpus.ALL) {
            String report = Corpus.read(name);
            CleanText dump = cleaner.clean(ViewerDumps.dump(report, "报告", seed, 300, 0));
            assertEquals(oneLine(report), dump.text(), name);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void ocrLookAlikesInTheDumpBecomeDigitsAgain(long seed) {
        int misread = 0, left = 0;
        for (String name : Corpus.ALL) {
            String report = Corpus.read(name);
            String expected = oneLine(report);
            String read = ViewerDumps.dump(report, "报告", seed, 300, 0.05);
            CleanText cleaned = cleaner.clean(read);
            assertEquals(expected.length(), cleaned.text().length(), name);
            for (int i = 0; i < expected.length(); i++) {
                if (Character.isDigit(expected.charAt(i)) && "lIO".indexOf(read.charAt(cleaned.sourceOffset(i))) >= 0) misread++;
                if (expected.charAt(i) != cleaned.text().charAt(i)) left++;
            }
        }
        assertTrue(misread > 20, "the dumps misread too few digits to tell (" + misread + ")");
        // a look-alike standing alone, with neither a digit nor a unit beside it, may stay
        assertTrue(left <= misread / 20, left + " of " + misread + " look-alikes left");
    }

    @Test
    void offsetsOfTheCleanedDumpPointAtTheSameCharacters() {
        String read = ViewerDumps.dump(Corpus.read(Corpus.R000), "报告", 1, 300, 0.01);
        CleanText c = cleaner.clean(read);
        for (int i = 0; i < c.text().length(); i++) {
            char expected = c.text().charAt(i);
            char source = ReportTextCleaner.normalise(read.charAt(c.sourceOffset(i)));
            boolean repairedDigit = Character.isDigit(expected) && "lIO".indexOf(source) >= 0;
            if (!repairedDigit) assertEquals(expected, source, "at " + i);
        }
    }

    @Test
    void viewerHeaderIsChromeAndItsFileNameACandidateTitle() {
        String read = "《2020年中关村示范区工作总结.docx》由会员分享,可在线阅读,更多相关《2020年中关村示范区工作总结.docx(2页珍藏版)》请在文库上搜索。\n"
                + "1、第1项:推进园区建设。工作进展:完成规划编制,推动产\n2、业发展,累计服务企业40家。\n";
        CleanText c = cleaner.clean(read);
        assertEquals("第1项:推进园区建设。工作进展:完成规划编制,推动产业发展,累计服务企业40家。", c.text());
        assertEquals(Optional.of("2020年中关村示范区工作总结"), c.title());
        assertEquals(Optional.empty(), cleaner.clean(read.replace("2020年中关村示范区工作总结", "000_28d4d448")).title(), "a code is no title");
    }

    @Test
    void pieceNumberBeforeADigitOrANumberingJoinsIt() {
        String read = "《报告.docx》由会员分享,可在线阅读\n1、累计调研了4\n2、00家企业,完成第\n3、45项任务,推进(六\n4、)项工作建设。\n";
        assertEquals("累计调研了400家企业,完成第45项任务,推进(六)项工作建设。", cleaner.clean(read).text());
    }

    @Test
    void numberedItemsEndingTheirSentencesAreNoPieces() {
        String items = "主要做了以下工作。\n1、推进园区建设。\n2、完善服务体系。\n3、加强人才引进。\n4、优化营商环境。";
        assertEquals(items, cleaner.clean(items).text());
        String headings = "一、总体要求\n1、坚持创新\n2、坚持协调\n3、坚持开放";
        assertEquals(headings, cleaner.clean(headings).text());
    }

    @Test
    void aRealItemAfterAFinishedSentenceStaysAmongPieces() {
        // pieces 1、 to 4、; the third is opened by the report's own item 3、, which follows its 2、 and a sentence's end
        String read = "1、工作进展:1、研究雄安新区中关村科技园发展规划,形成规划初稿。2、梳理中关村绿色印刷、能源装备优势企\n2、业。\n"
                + "3、推动共建园区产业合作,形成工作方案,研究相关协议文本,梳理中关村工业互联网产\n4、业链条。";
        assertEquals("工作进展:1、研究雄安新区中关村科技园发展规划,形成规划初稿。2、梳理中关村绿色印刷、能源装备优势企业。\n"
                + "3、推动共建园区产业合作,形成工作方案,研究相关协议文本,梳理中关村工业互联网产业链条。", cleaner.clean(read).text());
    }

    @Test
    void lookAlikesBeforeUnitsAndInRangesBecomeDigits() {
        assertEquals("1-10月完成104万元,建成S1线,第1项,1.研究", cleaner.clean("I-IO月完成L04万元,建成Sl线,第l项,I .研究").text());
        String words = "建设IO平台,L4级自动驾驶,AI产业,H2O实验室";
        assertEquals(words, cleaner.clean(words).text());
        assertFalse(cleaner.clean("IT企业").text().contains("1"));
    }
}

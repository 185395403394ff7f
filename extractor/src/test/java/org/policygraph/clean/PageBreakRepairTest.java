package org.policygraph.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policygraph.Corpus;
import org.policygraph.read.TestDocuments;

/** Page numbers that cut sentences go and the words join; numbering and OCR digits are repaired; offsets still trace. */
class PageBreakRepairTest {
    private final ReportTextCleaner cleaner = new ReportTextCleaner();

    @ParameterizedTest
    @ValueSource(strings = {"5、", "5.", "- 5 -\n", "5\n", "第5页\n", "第 5 页 / 共 32 页\n", "—5—\n", "5/32\n", "\n- 5 -\n\n",
            "第 5 页 共 32 页\n", "共32页 第5页\n", "本文档共32页，当前为第5页\n",
            // what a sharing site prints on every page, and a rule between pages
            "【精品文档】如有侵权，请联系网站删除，仅供学习与交流\n", "精品文档，可编辑\n", "--------------------------------\n"})
    void pageNumberInsideAWordGoesAndTheWordJoins(String pageNumber) {
        String read = "第1项:坚持创新驱动发展战略,优化提升传统产业,加快培育新兴产业,推动产业\n" + pageNumber + "发展,完成12个项目。";
        assertEquals("第1项:坚持创新驱动发展战略,优化提升传统产业,加快培育新兴产业,推动产业发展,完成12个项目。", clean(read));
    }

    @Test
    void pageNumberLineAfterAFullStopGoesAndTheLineBreakStays() {
        assertEquals("推进园区建设。\n完成12个项目。", clean("推进园区建设。\n- 5 -\n完成12个项目。"));
    }

    @Test
    void numberedItemsAreNoPageNumbers() {
        // an item list after a colon, the first item after a heading, the next item after an unfinished line
        String items = "主要做了以下工作:\n1、推进园区建设\n2、完善服务体系\n一、总体要求\n1、坚持创新";
        assertEquals(items, clean(items));
    }

    @Test
    void pageNumberBetweenAHeadingAndItsTextKeepsTheirLineBreak() {
        assertEquals("一、坚持开门搞规划\n(一)进一步完善规划编制。", clean("一、坚持开门搞规划\n- 5 -\n(一)进一步完善规划编制。"));
        assertEquals("一、坚持开门搞规划\n坚持开门搞规划。", clean("一、坚持开门搞规划\n- 5 -\n坚持开门搞规划。"));
    }

    @Test
    void paginatedCorpusReportCleansToTheSameTextAsTheReport() {
        for (String name : Corpus.ALL) {
            String read = Corpus.read(name);
            assertEquals(clean(read), clean(TestDocuments.withPageNumbers(read, 500)), name);
        }
    }

    @Test
    void spacesInsideNumberingGo() {
        assertEquals("工作进展:1.结合产业。2.完成文本。3.累计调研。", clean("工作进展:1 .结合产业。2 .完成文本。3  .累计调研。"));
        assertEquals("3、推进\n(一)完善\n(二)加强\n二、深化\n第39项:推进", clean("3 、推进\n( 一 )完善\n（ 二）加强\n二 、深化\n第 39 项:推进"));
    }

    @Test
    void decimalsAndVersionsKeepTheirSpaces() {
        // the spaces between Chinese and a digit go (ScriptSpacing); those inside the number and the version stay
        assertEquals("增长3 . 5个百分点,IPv 6网络,共12个项目。", clean("增长 3 . 5 个百分点,IPv 6 网络,共 12 个项目。"));
    }

    @Test
    void ocrLettersInsideNumbersBecomeDigits() {
        assertEquals("2020年完成10个项目,投资31亿元,共100家。", clean("2O2O年完成l0个项目,投资3l亿元,共1OO家。"));
        assertEquals("截至2019年5月,建成106个。", clean("截至2Ol9年5月,建成l06个。"));
    }

    @Test
    void lettersInWordsAndCodesStay() {
        String s = "建设IO平台,推进5G和AI应用,COVID-19防控,H2O实验室,Hello0世界,No.1工程。";
        assertEquals(s, clean(s));
    }

    @Test
    void offsetsTraceThroughEveryRepair() {
        String read = "第1项:推进产业\n5、发展。2O2O年完成l0个项目。\n3 、推进\n( 一 )完善\n- 6 -\n第 7 页";
        CleanText c = cleaner.clean(read);
        for (int i = 0; i < c.text().length(); i++) {
            char expected = c.text().charAt(i);
            char source = ReportTextCleaner.normalise(read.charAt(c.sourceOffset(i)));
            boolean repairedDigit = Character.isDigit(expected) && "lIOo".indexOf(source) >= 0;
            if (!repairedDigit && !(expected == '\n' && source == '\n')) assertEquals(expected, source, "at " + i + " in " + c.text());
        }
    }

    private String clean(String read) {
        return cleaner.clean(read).text();
    }
}

package org.policygraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Every format to text with its media type; every kind of bad file refused with one line naming it and the reason. */
class ReportFileReaderTest {
    private static final List<String> REPORT = List.of("一、坚持开门搞规划", "(一)进一步完善规划编制和实施机制。", "坚持开门搞规划。市领导组织召开规划专题会30余次。");

    @TempDir
    Path dir;

    private final ReportFileReader reader = new ReportFileReader(1 << 22);

    @Test
    void webPageKeepsTheReportLinesAndDropsScriptsStylesAndNavigation() throws Exception {
        SourceDocument doc = reader.read(write("page.html", TestDocuments.webPage("报告", REPORT, Charset.forName("GBK"))));
        assertEquals("text/html", doc.mediaType());
        List<String> lines = doc.text().lines().map(String::strip).toList();
        for (String line : REPORT) assertTrue(lines.contains(line), "line lost: " + line);
        assertFalse(doc.text().contains("统计代码") || doc.text().contains("font-size") || doc.text().contains("机构概况")
                || doc.text().contains("ICP备"), "script, style, nav or footer kept:\n" + doc.text());
    }

    @Test
    void listsOfLinksBesideAndUnderTheReportGoAndItsOwnLinksStay() throws Exception {
        String page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><div class=\"main\"><div class=\"content\">"
                + "<p>推进<a href=\"/a\">中关村科学城</a>建设,完成12个项目。</p>"
                + "<p>落实<a href=\"/b\">促进科技成果转化条例</a>,支持<a href=\"/c\">共建园区</a>发展,加强<a href=\"/d\">人才</a>引进工作,服务企业发展。</p></div>"
                + "<div class=\"right\"><h3>相关文件</h3><ul><li><a href=\"/1\">关于印发《数字经济发展三年行动计划》的通知</a></li>"
                + "<li><a href=\"/2\">关于开展科技型中小企业评价工作的通知</a></li><li><a href=\"/3\">关于加快推进新型基础设施建设的若干措施</a></li></ul></div></div>"
                + "<div class=\"related\"><ul><li><a href=\"/n1\">省政府召开第十二次常务会议</a><span>2026-02-01</span></li>"
                + "<li><a href=\"/n2\">全省优化营商环境大会召开</a><span>2026-02-02</span></li>"
                + "<li><a href=\"/n3\">全省安全生产工作电视电话会议召开</a><span>2026-02-03</span></li></ul></div></body></html>";
        String text = reader.read(write("sidebar.html", page.getBytes(StandardCharsets.UTF_8))).text();
        assertTrue(text.contains("推进中关村科学城建设,完成12个项目。"), text);
        assertTrue(text.contains("落实促进科技成果转化条例,支持共建园区发展,加强人才引进工作,服务企业发展。"), text);
        for (String gone : new String[] {"数字经济发展三年行动计划", "科技型中小企业评价", "新型基础设施", "常务会议", "营商环境大会", "电视电话会议"}) {
            assertFalse(text.contains(gone), gone + " kept:\n" + text);
        }
    }

    @Test
    void webPageWithoutCharsetIsDetectedAndAMisdeclaredOneFallsBackToDetection() throws Exception {
        String page = "<html><body><p>推进中关村科学城建设。</p></body></html>";
        assertEquals("推进中关村科学城建设。", reader.read(write("plain.htm", page.getBytes(Charset.forName("GB18030")))).text().strip());
        String declared = "<html><head><meta charset=\"utf-8\"></head><body><p>推进中关村科学城建设。</p></body></html>";
        assertEquals("推进中关村科学城建设。", reader.read(write("wrong.html", declared.getBytes(Charset.forName("GBK")))).text().strip());
    }

    @Test
    void webPageSavedAsTextIsReadAsAWebPage() throws Exception {
        SourceDocument doc = reader.read(write("saved.txt", TestDocuments.webPage("报告", REPORT, StandardCharsets.UTF_8)));
        assertEquals("text/html", doc.mediaType());
        assertFalse(doc.text().contains("<p>"));
    }

    @Test
    void wordDocumentGivesParagraphsInOrderAndTableRowsAsLines() throws Exception {
        byte[] docx = TestDocuments.docx(REPORT, List.of(List.of("项目", "投资"), List.of("怀柔科学城", "20亿元")));
        SourceDocument doc = reader.read(write("report.docx", docx));
        assertEquals(DocumentFormat.DOCX.mediaType(), doc.mediaType());
        assertEquals(String.join("\n", REPORT) + "\n项目 投资\n怀柔科学城 20亿元\n", doc.text());
    }

    @Test
    void wordsAutomaticNumberingIsWrittenBeforeTheParagraphs() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFNumbering numbering = doc.createNumbering();
            CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
            abstractNum.setAbstractNumId(BigInteger.ONE);
            level(abstractNum, 0, STNumberFormat.CHINESE_COUNTING, "%1、");
            level(abstractNum, 1, STNumberFormat.CHINESE_COUNTING, "(%2)");
            level(abstractNum, 2, STNumberFormat.DECIMAL, "%3.");
            BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));
            String[][] items = {{"0", "坚持开门搞规划"}, {"1", "完善规划编制"}, {"2", "开展调研"}, {"2", "召开专题会"}, {"1", "加强协同"},
                    {"0", "深化改革"}, {"1", "简政放权"}};
            for (String[] item : items) {
                XWPFParagraph p = doc.createParagraph();
                p.setNumID(numId);
                p.setNumILvl(new BigInteger(item[0]));
                p.createRun().setText(item[1]);
            }
            doc.write(out);
            String text = reader.read(write("numbered.docx", out.toByteArray())).text();
            assertEquals("一、坚持开门搞规划\n(一)完善规划编制\n1.开展调研\n2.召开专题会\n(二)加强协同\n二、深化改革\n(一)简政放权\n", text);
        }
    }

    private static void level(CTAbstractNum abstractNum, int ilvl, STNumberFormat.Enum format, String text) {
        CTLvl lvl = abstractNum.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(ilvl));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
    }

    @Test
    void pdfTextLayerGivesOneLinePerParagraphAndPageNumbersOnLinesOfTheirOwn() throws Exception {
        String longParagraph = "坚持开门搞规划。" + "市领导组织召开规划专题会,进一步明确各自发展定位和重点任务。".repeat(40);
        SourceDocument doc = reader.read(write("report.pdf", TestDocuments.pdf(List.of(REPORT.get(0), REPORT.get(1), longParagraph))));
        assertEquals("application/pdf", doc.mediaType());
        List<String> lines = doc.text().lines().toList();
        assertEquals(REPORT.get(0), lines.get(0));
        assertEquals(REPORT.get(1), lines.get(1));
        assertTrue(lines.contains("- 1 -"), "no page number line: " + lines);
        assertEquals(longParagraph, String.join("", lines.stream().filter(l -> !l.matches("- \\d+ -")).skip(2).toList()),
                "the paragraph is not whole apart from page numbers");
    }

    @Test
    void pdfWithoutTextLayerIsRefusedAsAScan() throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.addRect(72, 72, 300, 400); // what a scan's image stands for: marks, no text
                content.fill();
            }
            doc.save(out);
            assertRefused(write("scan.pdf", out.toByteArray()), "no text layer");
        }
    }

    @Test
    void truncatedPdfAndDocxAreRefused() throws Exception {
        byte[] pdf = TestDocuments.pdf(REPORT);
        assertRefused(write("cut.pdf", Arrays.copyOf(pdf, pdf.length / 2)), "truncated");
        byte[] docx = TestDocuments.docx(REPORT, List.of());
        assertRefused(write("cut.docx", Arrays.copyOf(docx, docx.length / 2)), "truncated or damaged");
    }

    @Test
    void misnamedAndLegacyFilesAreRefusedWithTheirReason() throws Exception {
        assertRefused(write("report.pdf", "第1项:推进园区建设。".getBytes(StandardCharsets.UTF_8)), "not a PDF");
        assertRefused(write("report.docx", "第1项:推进园区建设。".getBytes(StandardCharsets.UTF_8)), "not a .docx");
        byte[] ole2 = Arrays.copyOf(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 4096);
        assertRefused(write("report.doc", ole2), ".doc");
    }

    @Test
    void aFileIsReadByItsContentWhateverItsName() throws Exception {
        assertEquals("application/pdf", reader.read(write("report.txt", TestDocuments.pdf(REPORT))).mediaType());
        assertEquals(DocumentFormat.DOCX.mediaType(), reader.read(write("report", TestDocuments.docx(REPORT, List.of()))).mediaType());
    }

    @Test
    void aMarkdownFileIsTextWithItsOwnMediaTypeUnlessItIsAWebPage() throws Exception {
        String markdown = "## 一、总体要求\n**(一)精准施策稳经济。**面对复杂形势,推进重点工作。\n";
        SourceDocument doc = reader.read(write("report.md", markdown.getBytes(StandardCharsets.UTF_8)));
        assertEquals("text/markdown", doc.mediaType());
        assertEquals(markdown, doc.text());
        assertEquals("text/html", reader.read(write("page.markdown", "<!DOCTYPE html><html><body><p>推进重点工作。</p></body></html>"
                .getBytes(StandardCharsets.UTF_8))).mediaType());
    }

    @Test
    void randomBytesAreRefusedUnderAnyName() throws Exception {
        byte[] noise = new byte[8192];
        new Random(3L).nextBytes(noise);
        noise[0] = 'x'; // no magic number by chance
        for (String name : List.of("noise.txt", "noise.html", "noise")) assertRefused(write(name, noise), "not");
    }

    @Test
    void utf16TextIsNotMistakenForBinary() throws Exception {
        String text = String.join("\n", REPORT) + "\n";
        assertEquals(text, reader.read(write("le.txt", text.getBytes(StandardCharsets.UTF_16LE))).text());
        assertEquals(text, reader.read(write("be.txt", text.getBytes(StandardCharsets.UTF_16BE))).text());
    }

    @Test
    void everyFormatIsRefusedOverTheSizeLimit() throws Exception {
        for (Path file : List.of(write("big.pdf", TestDocuments.pdf(REPORT)), write("big.docx", TestDocuments.docx(REPORT, List.of())))) {
            UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> new ReportFileReader(100).read(file));
            assertTrue(e.getMessage().contains("over the limit of 100"), e.getMessage());
        }
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private void assertRefused(Path file, String reason) {
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> reader.read(file), file.toString());
        assertTrue(e.getMessage().startsWith(file.toString()), "file not named first: " + e.getMessage());
        assertTrue(e.getMessage().contains(reason), "reason '" + reason + "' not given: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "more than one line: " + e.getMessage());
        assertEquals(file, e.path());
    }
}

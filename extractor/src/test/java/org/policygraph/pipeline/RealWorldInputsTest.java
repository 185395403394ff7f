package org.policygraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policygraph.Corpus;
import org.policygraph.read.TestDocuments;
import org.policygraph.read.UnreadableInputException;
import org.policygraph.resolve.ResolvedMention;

/**
 * One sample report in the forms researchers actually collect (another encoding, a web page with
 * its site around it, a Word document, a PDF, text copied from a paginated document), each made
 * here from the clean text: every form yields the same tasks, and every entity of the clean text.
 */
class RealWorldInputsTest {
    /** The report with every heading style of the sample: 一、 sections, (一) items, a closing 第一, list. */
    private static final String REPORT = Corpus.R003;
    private static final Charset GBK = Charset.forName("GBK");

    @TempDir
    static Path dir;

    private static Extractor extractor;
    private static ExtractedReport clean;

    @BeforeAll
    static void extractTheCleanText() throws Exception {
        extractor = Extractor.standard(ExtractorSettings.defaults());
        clean = extractor.extract(Files.copy(Corpus.path(REPORT), dir.resolve("clean.txt")));
        assertTrue(clean.structure().tasks().size() >= 15, "the clean report lost its tasks: " + clean.structure().tasks().size());
    }

    static Stream<Arguments> forms() {
        String text = Corpus.read(REPORT);
        List<String> paragraphs = TestDocuments.paragraphs(text);
        byte[] utf16le = text.getBytes(StandardCharsets.UTF_16LE);
        return Stream.of(
                Arguments.of("gbk.txt", text.getBytes(GBK)),
                Arguments.of("gb18030.txt", text.getBytes(Charset.forName("GB18030"))),
                Arguments.of("utf16-bom.txt", text.getBytes(StandardCharsets.UTF_16)),
                Arguments.of("utf16le-no-bom.txt", utf16le),
                Arguments.of("utf8-bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8))),
                Arguments.of("page.html", TestDocuments.webPage("关于“三城一区”建设发展情况的报告", paragraphs, GBK)),
                Arguments.of("page-utf8.htm", TestDocuments.webPage("关于“三城一区”建设发展情况的报告", paragraphs, StandardCharsets.UTF_8)),
                Arguments.of("saved-page.txt", TestDocuments.webPage("报告", paragraphs, StandardCharsets.UTF_8)),
                Arguments.of("report.docx", TestDocuments.docx(paragraphs, List.of())),
                Arguments.of("report.pdf", TestDocuments.pdf(paragraphs)),
                Arguments.of("paginated.txt", TestDocuments.withPageNumbers(text, 700).getBytes(StandardCharsets.UTF_8)),
                Arguments.of("one-line.txt", String.join("", paragraphs).getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void everyFormYieldsTheSameTasksAndEveryEntity(String fileName, byte[] bytes) throws IOException, UnreadableInputException {
        ExtractedReport r = extractor.extract(Files.write(dir.resolve(fileName), bytes));
        assertEquals(tasks(clean), tasks(r), fileName + ": tasks differ");
        Set<String> lost = entities(clean);
        int all = lost.size();
        lost.removeAll(entities(r));
        // the tagger reads each line as a sequence: a report on one line gives it other contexts, so a few names may differ
        int allowed = fileName.equals("one-line.txt") ? all / 20 : 0;
        assertTrue(lost.size() <= allowed, fileName + ": entities lost: " + lost);
        for (ResolvedMention m : r.mentions()) {
            assertEquals(m.mention().text(), r.content().substring(m.mention().start(), m.mention().end()), fileName + ": mention offsets");
        }
    }

    private static List<String> tasks(ExtractedReport r) {
        return r.structure().tasks().stream()
                .map(t -> t.key() + " " + t.title() + (t.hasParent() ? " < " + r.structure().tasks().get(t.parent()).key() : ""))
                .toList();
    }

    private static Set<String> entities(ExtractedReport r) {
        return r.mentions().stream().map(m -> m.entity().type() + " " + m.entity().canonicalName()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

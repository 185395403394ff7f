package org.policygraph.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policygraph.Corpus;
import org.policygraph.WrappedTexts;

/** Line breaks of a hard wrap joined, a report's own line breaks kept. */
class WrappedLinesTest {
    private final ReportTextCleaner cleaner = new ReportTextCleaner();

    @Test
    void aReportAsWrittenHasNoWrappedLines() {
        for (String name : Corpus.ALL) {
            List<String> lines = Corpus.read(name).lines().toList();
            boolean[] joins = WrappedLines.continuations(lines, lines.stream().map(String::strip).toList(), blank(lines));
            for (int i = 0; i < joins.length; i++) assertFalse(joins[i], name + " line " + (i + 1) + ": " + lines.get(i));
        }
    }

    @Test
    void aWrapInCharactersGivesTheParagraphsBack() {
        for (String name : Corpus.ALL) {
            String clean = cleaner.clean(Corpus.read(name)).text();
            CleanText wrapped = cleaner.clean(WrappedTexts.byCharacters(Corpus.read(name), 36));
            // nothing lost or added: the same characters
            assertEquals(clean.replace("\n", ""), wrapped.text().replace("\n", ""), name);
            // without indentation a paragraph whose last line happens to be full runs into the next: a few
            long paragraphs = paragraphs(clean).size(), got = paragraphs(wrapped.text()).size();
            assertTrue(got <= paragraphs && got >= 0.95 * paragraphs, name + ": " + got + " lines of " + paragraphs);
        }
    }

    @Test
    void aWrapInColumnsWithIndentedParagraphsGivesThemBackExactly() {
        for (String name : Corpus.ALL) {
            String read = WrappedTexts.byColumns(Corpus.read(name), 72);
            CleanText wrapped = cleaner.clean(read);
            // the wrapped copy has no blank lines between its paragraphs: the rest is the same
            assertEquals(paragraphs(cleaner.clean(Corpus.read(name)).text()), paragraphs(wrapped.text()), name);
            OffsetsTrace.assertTrace(wrapped, read);
        }
    }

    @Test
    void aHeadingAfterAFinishedSentenceOpensItsOwnLine() {
        String line = "推进园区建设和企业发展，支持科技创新和成果转化，完成各项年度目标任务。";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 6; i++) text.append(line).append('\n');
        text.append("二、2026年工作安排\n").append(line).append('\n').append("继续推进。\n");
        List<String> lines = cleaner.clean(text.toString()).text().lines().toList();
        assertTrue(lines.contains("二、2026年工作安排"), lines.toString());
    }

    private static List<String> paragraphs(String text) {
        return text.lines().filter(l -> !l.isEmpty()).toList();
    }

    private static boolean[] blank(List<String> lines) {
        boolean[] b = new boolean[lines.size()];
        for (int i = 0; i < b.length; i++) b[i] = lines.get(i).isBlank();
        return b;
    }
}

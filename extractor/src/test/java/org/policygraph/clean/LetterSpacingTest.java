package org.policygraph.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.policygraph.Corpus;

/** Letter-spaced lines get their words back; lines with a space here and there keep it. */
class LetterSpacingTest {
    private final ReportTextCleaner cleaner = new ReportTextCleaner();

    @Test
    void singleSpacesBetweenCharactersGoAndAWiderGapStaysOneSpace() {
        assertEquals("2026年政府工作报告\n省长 王清宪\n2.5", cleaner.clean("2 0 2 6 年 政 府 工 作 报 告\n省 长  王 清 宪\n2 . 5").text());
    }

    @Test
    void aSpaceHereAndThereIsTheReportsOwn() {
        for (String line : new String[] {"省人民政府省长 王清宪", "一、 总体要求", "Zhongguancun Science City", "推进 人工智能 应用"}) {
            assertEquals(line, cleaner.clean(line).text());
        }
    }

    @Test
    void aLetterSpacedReportCleansToItsTextAndEachCharacterKeepsItsSourceOffset() {
        for (String name : Corpus.ALL) {
            String report = Corpus.read(name);
            StringBuilder spaced = new StringBuilder();
            report.lines().forEach(l -> spaced.append(String.join(" ", l.strip().split(""))).append('\n'));
            CleanText clean = cleaner.clean(report), unspaced = cleaner.clean(spaced.toString());
            assertEquals(clean.text(), unspaced.text(), name);
            OffsetsTrace.assertTrace(unspaced, spaced.toString());
        }
    }
}

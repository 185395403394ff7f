package org.policygraph.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policygraph.Corpus;

/** The marks' lookups answer what String's own searches answer, at every offset of the sample reports. */
class TitleMarksTest {
    @ParameterizedTest
    @ValueSource(strings = {Corpus.R000, Corpus.R001, Corpus.R003, "《甲》乙\n《丙", "无"})
    void lookupsAgreeWithStringSearches(String report) {
        String text = report.endsWith(".txt") ? Corpus.read(report) : report;
        TitleMarks marks = new TitleMarks(text);
        for (int i = -1; i <= text.length() + 1; i++) {
            assertEquals(text.lastIndexOf('《', i), marks.lastOpen(i), "lastOpen " + i);
            assertEquals(text.lastIndexOf('》', i), marks.lastClose(i), "lastClose " + i);
            assertEquals(text.indexOf('《', i), marks.nextOpen(i), "nextOpen " + i);
            assertEquals(text.indexOf('》', i), marks.nextClose(i), "nextClose " + i);
            assertEquals(text.indexOf('\n', i), marks.nextLineBreak(i), "nextLineBreak " + i);
        }
    }
}

package org.policygraph.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.policygraph.Corpus;
import org.policygraph.clean.ReportTextCleaner;

/** Title, date and author where a report states them, to the precision it states; nothing where it does not. */
class ReportMetadataParserTest {
    private final HeadingStructureParser parser = new HeadingStructureParser();

    @Test
    void governmentWorkReportHeader() {
        ReportMetadata m = metadata("2026年安徽省政府工作报告\n——2026年2月5日在安徽省第十四届人民代表大会第四次会议上\n省人民政府省长 王清宪\n各位代表:\n"
                + "现在,我代表省人民政府,向大会报告政府工作。\n一、2025年工作回顾\n过去一年,是重要一年。");
        assertEquals(Optional.of("2026年安徽省政府工作报告"), m.title());
        assertEquals(Optional.of(new StatedDate(2026, 2, 5)), m.date());
        assertEquals(Optional.of("安徽省人民政府"), m.creator());
    }

    @Test
    void titleWithoutPlaceTakesThePlaceOfTheMeetingAndADateInWords() {
        ReportMetadata m = metadata("政府工作报告\n——二〇二六年一月二十七日在甘肃省第十四届人民代表大会第五次会议上\n各位代表:\n一、工作回顾\n过去一年。");
        assertEquals(Optional.of("政府工作报告"), m.title());
        assertEquals(Optional.of(new StatedDate(2026, 1, 27)), m.date());
        assertEquals(Optional.of("甘肃省人民政府"), m.creator());
    }

    @Test
    void signatureAtTheEndGivesAuthorAndDate() {
        ReportMetadata m = metadata("关于2019年上半年工作进展情况的报告\n一、主要进展\n完成规划编制。\n北京市科学技术委员会\n2019年7月10日");
        assertEquals(Optional.of("关于2019年上半年工作进展情况的报告"), m.title());
        assertEquals(Optional.of(new StatedDate(2019, 7, 10)), m.date());
        assertEquals(Optional.of("北京市科学技术委员会"), m.creator());
    }

    @Test
    void datesKeepTheirPrecision() {
        assertEquals(Optional.of(new StatedDate(2019, 7, 0)), metadata("2019年7月工作总结\n一、进展\n完成。").date());
        assertEquals(Optional.of(new StatedDate(2019, 0, 0)), metadata("2019年工作总结\n一、进展\n完成。").date());
        assertEquals("2019-07-10", new StatedDate(2019, 7, 10).lexical());
        assertEquals("2019-07", new StatedDate(2019, 7, 0).lexical());
        assertEquals("2019", new StatedDate(2019, 0, 0).lexical());
    }

    @Test
    void impossibleDatesAreNone() {
        assertEquals(Optional.empty(), metadata("工作总结\n——2019年13月40日\n一、进展\n完成。").date());
    }

    @Test
    void reportsThatStateNothingGetNothing() {
        for (String name : Corpus.ALL) {
            ReportMetadata m = parser.parse(new ReportTextCleaner().clean(Corpus.read(name)).text()).metadata();
            // the samples start with a task or a long opening paragraph, and end with a task's text
            assertEquals(ReportMetadata.NONE, m, name);
        }
    }

    private ReportMetadata metadata(String text) {
        return parser.parse(text).metadata();
    }
}

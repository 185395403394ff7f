package org.policygraph.relate.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.policygraph.Corpus;

class ReportYearTest {

    @Test
    void aLongFirstLineIsNoTitle() {
        assertEquals(OptionalInt.of(2019), ReportYear.of("第1项:推进工作,开展2018年、2019年评估。\n工作进展:2019年完成,2019年底验收。"
                .replace("推进工作", "推进工作" + "并".repeat(80))));
    }

    @Test
    void aTitleLineNamesTheYear() {
        assertEquals(OptionalInt.of(2020), ReportYear.of("中关村管委会2020年上半年工作进展\n2019年以来,2019年,2019年"));
    }

    @Test
    void otherwiseTheYearNamedMostOften() {
        assertEquals(OptionalInt.of(2019), ReportYear.of("推进工作,开展2018年、2019年评估。工作进展:2019年完成,2019年底验收。"));
    }

    @Test
    void theSampleReportsAreDatedByTheirText() {
        // 000 reports on 2020's tasks, 001 on 2018's; 003 answers the 2018 review in 2019 (2019年1-7月份, 2019年上半年)
        assertEquals(OptionalInt.of(2020), ReportYear.of(Corpus.read(Corpus.R000)));
        assertEquals(OptionalInt.of(2018), ReportYear.of(Corpus.read(Corpus.R001)));
        assertEquals(OptionalInt.of(2019), ReportYear.of(Corpus.read(Corpus.R003)));
    }

    @Test
    void aTextWithoutYearsHasNone() {
        assertEquals(OptionalInt.empty(), ReportYear.of("推进重点工作。"));
    }
}

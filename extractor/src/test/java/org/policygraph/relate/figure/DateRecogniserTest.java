package org.policygraph.relate.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Dates as the reports write them, at the precision they state. */
class DateRecogniserTest {
    private final DateRecogniser recogniser = new DateRecogniser();

    private List<String> dates(String text, OptionalInt year) {
        return recogniser.find(text, year).stream().map(f -> f.text() + "=" + f.date().lexical() + "/" + f.date().precision()).toList();
    }

    @Test
    void fullDatesMonthsAndYears() {
        assertEquals(List.of("2018年5月23日=2018-05-23/DAY", "2018年5月=2018-05/MONTH", "2017年=2017/YEAR"),
                dates("2018年5月23日召开;2018年5月启动;2017年度绩效考核", OptionalInt.empty()));
    }

    @Test
    void datesWithoutAYearTakeTheReportsYear() {
        assertEquals(List.of("5月29日=2018-05-29/DAY", "6月30日=2018-06-30/DAY", "3月=2018-03/MONTH"),
                dates("5月29日,财政部印发通知;截至6月30日,中关村共21家;3月,国家质检总局批复", OptionalInt.of(2018)));
    }

    @Test
    void withoutAReportYearADayMonthIsNotDated() {
        assertEquals(List.of(), dates("截至6月30日", OptionalInt.empty()));
    }

    @Test
    void theEndOfARangeAndImpossibleDatesAreNotDates() {
        assertEquals(List.of(), dates("1-5月累计;2月30日;13月;5个月", OptionalInt.of(2020)));
    }
}

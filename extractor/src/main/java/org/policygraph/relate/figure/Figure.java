package org.policygraph.relate.figure;

import org.policygraph.structure.StatedDate;

import java.math.BigDecimal;
import java.util.Optional;
import org.policygraph.structure.Sentence;
import org.policygraph.structure.Task;

/**
 * A figure a task states: a quantity ({@code 400家企业}, {@code 4.784万亿元}, {@code 12.5%}) or a
 * date ({@code 2018年5月23日}). Offsets are UTF-16 indices into the cleaned text, end exclusive.
 *
 * @param value  the number with 万/亿 expanded, for quantities; empty for dates
 * @param unit   the measure word or unit as the value counts it ({@code 家}, {@code 元}, {@code %}), for quantities
 * @param counts the noun the quantity counts ({@code 企业}), when the text names one right after the unit
 * @param date   the date, for dates
 */
public record Figure(Task task, Sentence sentence, int start, int end, String text,
                     Optional<BigDecimal> value, Optional<String> unit, Optional<String> counts, Optional<StatedDate> date) {

    static Figure quantity(Task task, Sentence sentence, int start, String text, BigDecimal value, String unit, Optional<String> counts) {
        return new Figure(task, sentence, start, start + text.length(), text, Optional.of(value), Optional.of(unit), counts, Optional.empty());
    }

    static Figure date(Task task, Sentence sentence, int start, String text, StatedDate date) {
        return new Figure(task, sentence, start, start + text.length(), text, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(date));
    }

    public boolean isDate() { return date.isPresent(); }
}

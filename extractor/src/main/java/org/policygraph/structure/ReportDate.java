package org.policygraph.structure;

/**
 * A report's date to the precision the text states it: a day, a month or a year.
 *
 * @param year  the year
 * @param month 1–12, or 0 when only the year is stated
 * @param day   1–31, or 0 when no day is stated
 */
public record ReportDate(int year, int month, int day) {
    public ReportDate {
        if (year < 1000 || year > 9999) throw new IllegalArgumentException("year out of range: " + year);
        if (month < 0 || month > 12) throw new IllegalArgumentException("month out of range: " + month);
        if (day < 0 || day > 31 || day > 0 && month == 0) throw new IllegalArgumentException("day out of range: " + day);
    }

    public enum Precision { DAY, MONTH, YEAR }

    public Precision precision() {
        return day > 0 ? Precision.DAY : month > 0 ? Precision.MONTH : Precision.YEAR;
    }

    /** The XML Schema lexical form: {@code 2026-02-05}, {@code 2026-02} or {@code 2026}. */
    public String lexical() {
        return switch (precision()) {
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
            case MONTH -> String.format("%04d-%02d", year, month);
            case YEAR -> String.format("%04d", year);
        };
    }
}

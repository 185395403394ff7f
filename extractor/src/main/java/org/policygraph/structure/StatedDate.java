package org.policygraph.structure;

/**
 * A date to the precision the text states it: a day, a month or a year (a report's date, or a date a task states).
 *
 * @param year  the year
 * @param month 1–12, or 0 when only the year is stated
 * @param day   1–31, or 0 when no day is stated
 */
public record StatedDate(int year, int month, int day) {
    public StatedDate {
        if (year < 1000 || year > 9999) throw new IllegalArgumentException("year out of range: " + year);
        if (month < 0 || month > 12) throw new IllegalArgumentException("month out of range: " + month);
        if (day < 0 || day > 31 || day > 0 && month == 0) throw new IllegalArgumentException("day out of range: " + day);
    }

    public enum Precision { DAY, MONTH, YEAR }

    public static StatedDate day(int year, int month, int day) {
        return new StatedDate(year, month, day);
    }

    public static StatedDate month(int year, int month) {
        return new StatedDate(year, month, 0);
    }

    public static StatedDate year(int year) {
        return new StatedDate(year, 0, 0);
    }

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

package org.policygraph.relate.figure;

/**
 * A date at the precision the text states it: a day ({@code xsd:date}), a month
 * ({@code xsd:gYearMonth}) or a year ({@code xsd:gYear}).
 *
 * @param lexical the XSD lexical form, e.g. {@code 2018-05-23}, {@code 2018-05}, {@code 2018}
 */
public record StatedDate(Precision precision, String lexical) {

    public enum Precision { DAY, MONTH, YEAR }

    public static StatedDate day(int year, int month, int day) {
        return new StatedDate(Precision.DAY, String.format("%04d-%02d-%02d", year, month, day));
    }

    public static StatedDate month(int year, int month) {
        return new StatedDate(Precision.MONTH, String.format("%04d-%02d", year, month));
    }

    public static StatedDate year(int year) {
        return new StatedDate(Precision.YEAR, String.format("%04d", year));
    }
}

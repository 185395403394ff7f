package org.policygraph.relate.figure;

import org.policygraph.structure.StatedDate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Chinese reports write them: {@code 2018年5月23日}, {@code 2018年5月}, {@code 2018年}, and
 * {@code 5月29日} / {@code 截至6月} without a year, which take the report's year. A month that ends
 * a range ({@code 1-5月}) is not a date of its own, and neither is a day or month that does not exist.
 */
public final class DateRecogniser {
    /** Longest forms first; a span once taken is not read again by a shorter form. */
    private static final List<Pattern> FORMS = List.of(
            Pattern.compile("(?<![\\d.])(?<y>(?:19|20)\\d\\d)年(?<m>\\d{1,2})月(?<d>\\d{1,2})日"),
            Pattern.compile("(?<![\\d.])(?<y>(?:19|20)\\d\\d)年(?<m>\\d{1,2})月"),
            Pattern.compile("(?<![\\d.\\-—－~～到])(?<![^截]至)(?<m>\\d{1,2})月(?<d>\\d{1,2})日"),
            Pattern.compile("(?<![\\d.\\-—－~～到])(?<![^截]至)(?<m>\\d{1,2})月(?![\\d\\-—－~～至到])"),
            Pattern.compile("(?<![\\d.\\-—－~～到])(?<![^截]至)(?<y>(?:19|20)\\d\\d)年(?![\\d\\-—－~～至到])"));

    /** A date found in a text: [start, end) within it. */
    public record Found(int start, int end, String text, StatedDate date) {}

    public List<Found> find(String text, OptionalInt reportYear) {
        List<Found> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        for (Pattern form : FORMS) {
            Matcher m = form.matcher(text);
            while (m.find()) {
                if (anyTaken(taken, m.start(), m.end())) continue;
                Optional<StatedDate> date = dateOf(m, reportYear);
                if (date.isEmpty()) continue;
                found.add(new Found(m.start(), m.end(), m.group(), date.get()));
                for (int i = m.start(); i < m.end(); i++) taken[i] = true;
            }
        }
        found.sort(java.util.Comparator.comparingInt(Found::start));
        return found;
    }

    private static Optional<StatedDate> dateOf(Matcher m, OptionalInt reportYear) {
        String y = group(m, "y"), mo = group(m, "m"), d = group(m, "d");
        if (y == null && reportYear.isEmpty()) return Optional.empty();
        int year = y != null ? Integer.parseInt(y) : reportYear.getAsInt();
        try {
            if (mo == null) return Optional.of(StatedDate.year(year));
            int month = Integer.parseInt(mo);
            if (d == null) {
                if (month < 1 || month > 12) return Optional.empty();
                return Optional.of(StatedDate.month(year, month));
            }
            LocalDate.of(year, month, Integer.parseInt(d)); // throws for 2月30日
            return Optional.of(StatedDate.day(year, month, Integer.parseInt(d)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }

    private static boolean anyTaken(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) if (taken[i]) return true;
        return false;
    }
}

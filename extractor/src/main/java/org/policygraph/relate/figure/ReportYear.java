package org.policygraph.relate.figure;

import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policygraph.structure.ReportMetadata;

/**
 * The year a report is about, so that {@code 截至6月30日} can be dated: the year of the date the
 * report states, otherwise the year its title line names, otherwise the year the text names most
 * often (a work report keeps returning to its own year; ties go to the later year, as plans name
 * the years ahead less often than the current one).
 */
public final class ReportYear {
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)年");
    private static final int TITLE_LINE_MAX = 80;

    private ReportYear() {}

    /** The year of the report's stated date, otherwise the year its text points to. */
    public static OptionalInt of(ReportMetadata metadata, String content) {
        return metadata.date().map(d -> OptionalInt.of(d.year())).orElseGet(() -> of(content));
    }

    public static OptionalInt of(String content) {
        int lineEnd = content.indexOf('\n');
        String firstLine = lineEnd < 0 ? content : content.substring(0, lineEnd);
        if (lineEnd >= 0 && firstLine.length() <= TITLE_LINE_MAX) { // a title line, not a paragraph of running text
            Matcher title = YEAR.matcher(firstLine);
            if (title.find()) return OptionalInt.of(Integer.parseInt(title.group(1)));
        }
        Map<Integer, Integer> counts = new TreeMap<>();
        Matcher m = YEAR.matcher(content);
        while (m.find()) counts.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
        int best = -1, bestCount = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() >= bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }
}

package org.policygraph.structure;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a report states about itself, where it states it.
 *
 * @param title   the report's title line, such as {@code 2026年安徽省政府工作报告}
 * @param date    the date it was delivered or signed
 * @param creator the body that wrote it, such as {@code 安徽省人民政府}
 */
public record ReportMetadata(Optional<String> title, Optional<StatedDate> date, Optional<String> creator) {
    public static final ReportMetadata NONE = new ReportMetadata(Optional.empty(), Optional.empty(), Optional.empty());

    private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)[0-9]{2})年");

    /** The report's year: its date's, or else the year its title opens with (2026年…政府工作报告). */
    public OptionalInt year() {
        if (date.isPresent()) return OptionalInt.of(date.get().year());
        Matcher m = title.map(TITLE_YEAR::matcher).filter(Matcher::lookingAt).orElse(null);
        return m == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(m.group(1)));
    }
}

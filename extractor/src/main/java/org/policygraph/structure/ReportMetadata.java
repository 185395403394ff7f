package org.policygraph.structure;

import java.util.Optional;

/**
 * What a report states about itself, where it states it.
 *
 * @param title   the report's title line, such as {@code 2026年安徽省政府工作报告}
 * @param date    the date it was delivered or signed
 * @param creator the body that wrote it, such as {@code 安徽省人民政府}
 */
public record ReportMetadata(Optional<String> title, Optional<StatedDate> date, Optional<String> creator) {
    public static final ReportMetadata NONE = new ReportMetadata(Optional.empty(), Optional.empty(), Optional.empty());
}

package org.policygraph.structure;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering styles of work-report headings, each with its level in the task tree.
 * A heading starts a line; its key is the numbering as written.
 */
enum HeadingStyle {
    /** {@code 一、} sections. */
    SECTION(1, "^([一二三四五六七八九十]{1,3})、(?![一二三四五六七八九十])"),
    /** {@code 第39项:} numbered tasks of a task list. */
    NUMBERED_TASK(2, "^(第[0-9一二三四五六七八九十百零〇]+项)\\s*[:：]?"),
    /** {@code (一)} items, full- or half-width brackets; a report that lost the opening bracket ({@code 三）}) still means it. */
    BRACKETED(2, "^([(（]?[一二三四五六七八九十]{1,4}[)）])"),
    /** {@code 第一,} items of a closing list. */
    ORDINAL(2, "^(第[一二三四五六七八九十]{1,3})[,，、:：](?![一二三四五六七八九十])"),
    /** {@code 1.} sub-items; a lone digit followed by 、 or a dot. */
    ARABIC(3, "^([0-9]{1,2})\\s*[.．、](?![0-9])"),
    /** A row of a table of tasks, told by the table's header ({@link TaskTable}), never by a line alone. */
    TABLE_ROW(2, "(?!)");

    /** {@code 一、二季度}, {@code 第一、二轮}: numerals joined by 、 count things, they open no heading (as in SECTION and ORDINAL). */
    static final String NOT_A_RANGE = "(?![一二三四五六七八九十])";

    final int level;
    private final Pattern pattern;

    HeadingStyle(int level, String regex) {
        this.level = level;
        this.pattern = Pattern.compile(regex);
    }

    /** The numbering and the offset where the heading text begins, if the line starts with this style. */
    Optional<Match> match(String line) {
        Matcher m = pattern.matcher(line);
        if (!m.find()) return Optional.empty();
        String key = m.group(1);
        if (this == ARABIC) key = key + ".";
        else if (this == SECTION) key = key + "、";
        else if (this == BRACKETED) key = "(" + key.substring(key.charAt(0) == '(' || key.charAt(0) == '（' ? 1 : 0, key.length() - 1) + ")";
        return Optional.of(new Match(this, key, m.end()));
    }

    record Match(HeadingStyle style, String key, int textStart) {}
}

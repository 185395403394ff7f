package org.policygraph.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report published as a table of tasks (columns such as 序号 / 任务内容 / 任务来源 / 责任单位 /
 * 落实情况), as the read stage gives it from a .docx or a web page (one row per line, cells
 * apart) or as text flattened from one: after the header row, each row opened by its 序号 is one
 * task, its key the 序号, its title the 任务内容 up to the first full stop or the cell's end, its
 * body the rest of the row (the 责任单位, the 落实情况) and the lines up to the next row.
 */
final class TaskTable {
    private static final Pattern HEADER = Pattern.compile("^\\s*(序号|编号)\\s+.{0,20}(任务|工作|内容|事项).{0,60}$");
    /** A row's 序号 and the space between it and the next cell (or the line's end). */
    private static final Pattern ROW = Pattern.compile("^([0-9]{1,3})(?:[.、．]?[ \\t\\u3000]+|[.、．]?$)");
    private static final Pattern END = Pattern.compile("^([一二三四五六七八九十]{1,3}、|(下一步|附件|备注|说明)[,，:：])");

    /** One row: where it starts, its 序号, and where its 任务内容 begins. */
    record Row(int start, String key, int textStart) {}

    private final int start, end;
    private final List<Row> rows;

    private TaskTable(int start, int end, List<Row> rows) {
        this.start = start;
        this.end = end;
        this.rows = List.copyOf(rows);
    }

    /** The first table of tasks in the text: a header row, then rows counting up. */
    static Optional<TaskTable> find(String text) {
        int lineStart = 0;
        int tableStart = -1, tableEnd = text.length(), last = 0;
        List<Row> rows = new ArrayList<>();
        while (lineStart < text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(lineStart, lineEnd);
            if (tableStart < 0) {
                if (line.indexOf('。') < 0 && HEADER.matcher(line).matches()) tableStart = lineStart;
            } else {
                Matcher row = ROW.matcher(line);
                if (row.find() && Integer.parseInt(row.group(1)) > last) {
                    last = Integer.parseInt(row.group(1));
                    int textStart = lineStart + row.end();
                    // a 序号 alone on its line: the 任务内容 is the next line
                    if (textStart == lineEnd && nl >= 0) textStart = nl + 1;
                    rows.add(new Row(lineStart, row.group(1), textStart - lineStart));
                } else if (!rows.isEmpty() && END.matcher(line.strip()).find()) {
                    tableEnd = lineStart;
                    break;
                }
            }
            if (nl < 0) break;
            lineStart = nl + 1;
        }
        return rows.isEmpty() ? Optional.empty() : Optional.of(new TaskTable(tableStart, tableEnd, rows));
    }

    List<Row> rows() { return rows; }

    boolean contains(int offset) { return offset >= start && offset < end; }

    int end() { return end; }

    /** The end of the 任务内容 cell that starts at {@code from}: the first cell gap or line end, at most {@code limit}. */
    static int cellEnd(String text, int from, int limit) {
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || (c == ' ' || c == '\u3000') && i > from) return i;
        }
        return limit;
    }
}

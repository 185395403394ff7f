package org.policygraph.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the task tree from line-initial headings ({@link HeadingStyle}) and splits sentences.
 * A task runs from its heading to the next heading of its level or above. Numbered lines that
 * follow a {@code 工作进展} marker inside a task are progress items of that task, not tasks.
 * Closing paragraphs ({@code 下一步}, {@code 当前}…) that follow the last task end it.
 */
public final class HeadingStructureParser implements StructureParser {
    private static final Pattern PROGRESS_MARKER = Pattern.compile("^(工作进展|进展情况|完成情况|落实情况)\\s*[:：]");
    private static final Pattern CLOSING = Pattern.compile("^(下一步|当前|今后|总之|总的来看|下半年)[,，:：]");
    private static final Pattern GLOSSARY = Pattern.compile("^(名词解释|名词注释|注释|注解|释义)\\s*[:：]?$");
    private static final int MAX_TITLE = 200;

    private final SentenceSplitter sentences = new SentenceSplitter();
    private final ReportMetadataParser metadata = new ReportMetadataParser();

    @Override
    public ReportStructure parse(String text) {
        List<Line> lines = lines(text);
        List<Heading> headings = new ArrayList<>();
        List<Integer> closings = new ArrayList<>();
        Optional<TaskTable> table = TaskTable.find(text);
        boolean inProgress = false, tableDone = false;
        for (Line line : lines) {
            String s = line.text;
            if (table.isPresent() && table.get().contains(line.start)) {
                // inside a table of tasks its rows are the tasks: numbers inside cells open none
                if (!tableDone) table.get().rows().forEach(r -> headings.add(new Heading(r.start(),
                        new HeadingStyle.Match(HeadingStyle.TABLE_ROW, r.key(), r.textStart()), false)));
                tableDone = true;
                continue;
            }
            if (table.isPresent() && line.start == table.get().end()) closings.add(line.start);
            Optional<HeadingStyle.Match> m = matchHeading(s);
            if (m.isPresent() && !(inProgress && m.get().style() == HeadingStyle.ARABIC)) {
                headings.add(new Heading(line.start, m.get(), line.runOn));
                inProgress = false;
            } else if (PROGRESS_MARKER.matcher(s).find()) {
                inProgress = true;
            } else if (CLOSING.matcher(s).find()) {
                closings.add(line.start);
            } else if (GLOSSARY.matcher(s).matches()) {
                // the glossary after the report numbers its terms, not tasks: the task tree ends here
                closings.add(line.start);
                break;
            }
        }
        int firstHeading = headings.isEmpty() ? text.length() : headings.get(0).start;
        return new ReportStructure(tasks(text, headings, closings), sentences.split(text), metadata.parse(text, firstHeading));
    }

    private static Optional<HeadingStyle.Match> matchHeading(String line) {
        for (HeadingStyle style : HeadingStyle.values()) {
            Optional<HeadingStyle.Match> m = style.match(line);
            if (m.isPresent()) return m;
        }
        return Optional.empty();
    }

    private List<Task> tasks(String text, List<Heading> headings, List<Integer> closings) {
        List<Task> tasks = new ArrayList<>();
        int[] openAtLevel = {-1, -1, -1, -1};
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            int level = h.match.style().level;
            int end = text.length();
            for (int j = i + 1; j < headings.size(); j++) {
                if (headings.get(j).match.style().level <= level) {
                    end = headings.get(j).start;
                    break;
                }
            }
            end = cutAtClosing(h, end, headings, closings);
            int parent = -1;
            for (int l = level - 1; l >= 1; l--) {
                if (openAtLevel[l] >= 0 && tasks.get(openAtLevel[l]).end() >= trimEnd(text, h.start, end)) {
                    parent = openAtLevel[l];
                    break;
                }
            }
            int index = tasks.size();
            // a heading run on into the next one (a report on one line) has its title end there
            int titleLimit = i + 1 < headings.size() ? Math.min(end, headings.get(i + 1).start) : end;
            int titleStart = h.start + h.match.textStart();
            if (h.runOn) titleLimit = RunOnTitle.end(text, titleStart, titleLimit);
            if (h.match.style() == HeadingStyle.TABLE_ROW) titleLimit = TaskTable.cellEnd(text, titleStart, titleLimit);
            tasks.add(new Task(index, h.match.key(), title(text, titleStart, titleLimit), h.start,
                    trimEnd(text, h.start, end), level, parent));
            openAtLevel[level] = index;
            for (int l = level + 1; l < openAtLevel.length; l++) openAtLevel[l] = -1;
        }
        return tasks;
    }

    /**
     * A closing paragraph ({@code 下一步,}…) inside a task's span, with no heading of the task's
     * own style after it before the span ends, belongs to the report, not to the task.
     */
    private static int cutAtClosing(Heading h, int end, List<Heading> headings, List<Integer> closings) {
        for (int c : closings) {
            if (c <= h.start || c >= end) continue;
            Heading next = null;
            for (Heading other : headings) {
                if (other.start > c) {
                    next = other;
                    break;
                }
            }
            // the style of the last heading before the closing paragraph: the task's own, or its last item's
            HeadingStyle lastStyle = h.match.style();
            for (Heading other : headings) {
                if (other.start > h.start && other.start < c) lastStyle = other.match.style();
            }
            if (next == null || next.match.style() != lastStyle && next.match.style() != h.match.style()) return c;
        }
        return end;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        return end;
    }

    /** The heading text up to its first full stop (or line end), without leading punctuation. */
    static String title(String text, int from, int limit) {
        int s = from;
        while (s < limit && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == ':' || text.charAt(s) == '：')) s++;
        int e = s;
        while (e < limit && e - s < MAX_TITLE) {
            char c = text.charAt(e);
            if (c == '。' || c == '\n' || c == '!' || c == '?' || c == '！' || c == '？') break;
            e++;
        }
        return text.substring(s, e).strip();
    }

    /**
     * Lines of the text; a heading that follows a full stop inside a line (…自主权。第五,… or a
     * whole report on one line) starts a line of its own.
     */
    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            int from = start;
            boolean runOn = isRunOn(text, start, end);
            for (int at : runOn ? runOnHeadings(text, start, end) : inlineHeadings(text, start, end)) {
                if (at > from) lines.add(new Line(from, text.substring(from, at), runOn));
                from = at;
            }
            if (end > from) lines.add(new Line(from, text.substring(from, end), runOn));
            if (nl < 0) break;
            start = nl + 1;
        }
        return lines;
    }

    private static List<Integer> inlineHeadings(String text, int start, int end) {
        List<Integer> at = new ArrayList<>();
        Matcher inline = INLINE_HEADING.matcher(text).region(start, end);
        while (inline.find()) at.add(inline.start(1));
        return at;
    }

    /**
     * Headings inside a line far longer than any paragraph (a report saved with no line breaks),
     * where a heading may follow the previous heading's text with no full stop between: there a
     * numbering counts as a heading only when it is the next of its sequence ({@code (四)} after
     * {@code (三)}, {@code 二、} after {@code 一、}), which a numeral inside a sentence rarely is.
     */
    private static List<Integer> runOnHeadings(String text, int start, int end) {
        List<Integer> at = new ArrayList<>();
        NumberingSequence sequence = new NumberingSequence();
        Matcher m = RUN_ON_HEADING.matcher(text).region(start, end);
        while (m.find()) {
            if (m.group(1) != null && !opensSubItem(text, m.start())) continue;
            boolean sectionOrOrdinal = m.group(1) == null && (m.group().endsWith("、") || m.group().startsWith("第") && !m.group().endsWith("项"));
            if (sectionOrOrdinal && !opensSection(text, m.start())) continue;
            String numbering = m.group(1) != null ? m.group(1) : m.group();
            if (sequence.advancesTo(numbering) && m.start() > start) at.add(m.start());
        }
        // closing paragraphs and progress markers too, which the line-initial rules would otherwise never see
        Matcher closing = RUN_ON_CLOSING.matcher(text).region(start, end);
        while (closing.find()) at.add(closing.start(1));
        Matcher progress = RUN_ON_PROGRESS.matcher(text).region(start, end);
        while (progress.find()) if (progress.start() > start) at.add(progress.start());
        at.sort(null);
        return at;
    }

    /**
     * A line far longer than a paragraph, or one holding nearly all of the report (a viewer's dump
     * of a short one), is a report whose line breaks were lost.
     */
    private static boolean isRunOn(String text, int start, int end) {
        return end - start > RUN_ON || end - start >= MIN_RUN_ON && 10 * (end - start) >= 8 * text.strip().length();
    }

    /**
     * A sub-item's number follows the end of a sentence or a heading's text, never a colon, a comma
     * or a semicolon (which open and separate the points of a list inside a sentence).
     */
    private static boolean opensSubItem(String text, int at) {
        if (at == 0) return true;
        char before = text.charAt(at - 1);
        if (LIST_SEPARATORS.indexOf(before) >= 0 || before == '第' || before == '.') return false;
        return !(before < 128 && Character.isLetterOrDigit(before));
    }

    /** A section's or a closing point's numeral follows the end of a paragraph, never a word ({@code 统一、规范}, {@code 全国第一,}). */
    private static boolean opensSection(String text, int at) {
        return at == 0 || Character.UnicodeScript.of(text.charAt(at - 1)) != Character.UnicodeScript.HAN;
    }

    private static final String LIST_SEPARATORS = ":：,，、;；(（";

    /** Lines longer than this are no paragraph but a run-on report. */
    private static final int RUN_ON = 1500;
    private static final int MIN_RUN_ON = 200;
    private static final Pattern RUN_ON_HEADING = Pattern.compile(
            "第[一二三四五六七八九十]{1,3}(?=[,，、:：]" + HeadingStyle.NOT_A_RANGE + ")|[(（][一二三四五六七八九十]{1,4}[)）]|[一二三四五六七八九十]{1,3}、"
                    + HeadingStyle.NOT_A_RANGE + "(?=\\S{2,})|第[0-9]{1,4}项(?=[:：])"
                    + "|(?<![0-9.])([0-9]{1,2}[.．、])(?![0-9])(?=\\p{IsHan})");
    private static final Pattern RUN_ON_PROGRESS = Pattern.compile("(工作进展|进展情况|完成情况|落实情况)\\s*[:：]");

    private static final Pattern RUN_ON_CLOSING = Pattern.compile("[。!！?？]\\s*((下一步|当前|今后|总之|总的来看|下半年)[,，:：])");

    private static final Pattern INLINE_HEADING = Pattern.compile(
            "[。;；!！?？]\\s*(第[一二三四五六七八九十]{1,3}[,，、:：]" + HeadingStyle.NOT_A_RANGE
                    + "|第[0-9]+项[:：]|[(（][一二三四五六七八九十]{1,4}[)）](?=\\S{2,})|[一二三四五六七八九十]{1,3}、" + HeadingStyle.NOT_A_RANGE + "(?=\\S{2,}))");

    private record Line(int start, String text, boolean runOn) {}

    private record Heading(int start, HeadingStyle.Match match, boolean runOn) {}
}

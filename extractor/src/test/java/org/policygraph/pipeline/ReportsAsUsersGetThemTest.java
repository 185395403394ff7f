package org.policygraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.HanLP;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policygraph.Corpus;
import org.policygraph.ViewerDumps;
import org.policygraph.WrappedTexts;
import org.policygraph.read.TestDocuments;
import org.policygraph.resolve.ResolvedMention;
import org.policygraph.structure.Task;

/**
 * The sample reports in the forms users get them, each made here from the clean text: a
 * document viewer's dump (with OCR noise), a copy in traditional characters (HanLP's
 * conversion), the text hard-wrapped at a fixed width (in characters; in columns, with indented
 * paragraphs and CRLF), and the task list of report 000 as a table (.docx made with POI, a web page,
 * flattened text). Each gives the clean text's tasks and, but for a few, its entities.
 */
class ReportsAsUsersGetThemTest {
    /**
     * Entities of the clean text a form may lose: a cut or a misread digit now and then changes a
     * name, and the tagger reads a heading that runs on into its paragraph in another context.
     */
    private static final double MAX_LOST = 0.05;

    @TempDir
    static Path dir;

    private static Extractor extractor;
    private static final Map<String, ExtractedReport> clean = new HashMap<>();

    @BeforeAll
    static void extractTheCleanTexts() throws Exception {
        extractor = Extractor.standard(ExtractorSettings.defaults());
        for (String name : Corpus.ALL) clean.put(name, extractor.extract(Corpus.path(name)));
    }

    static Stream<Arguments> forms() {
        List<Arguments> forms = new ArrayList<>();
        long seed = 0;
        for (String name : Corpus.ALL) {
            // one cut per report here, each its own; RunOnHeadingsTest cuts every report three ways
            String dump = ViewerDumps.dump(Corpus.read(name), name.replace(".txt", ""), ++seed);
            forms.add(Arguments.of(name, "dump-" + seed + ".txt", dump.getBytes(StandardCharsets.UTF_8)));
            forms.add(Arguments.of(name, "traditional.txt", HanLP.convertToTraditionalChinese(Corpus.read(name)).getBytes(StandardCharsets.UTF_8)));
            forms.add(Arguments.of(name, "wrapped-36.txt", WrappedTexts.byCharacters(Corpus.read(name), 36).getBytes(StandardCharsets.UTF_8)));
            forms.add(Arguments.of(name, "wrapped-72-columns.txt", WrappedTexts.byColumns(Corpus.read(name), 72).getBytes(StandardCharsets.UTF_8)));
            forms.add(Arguments.of(name, "letter-spaced.txt", letterSpaced(Corpus.read(name)).getBytes(StandardCharsets.UTF_8)));
            forms.add(Arguments.of(name, "radicals.txt", withRadicals(Corpus.read(name)).getBytes(StandardCharsets.UTF_8)));
            forms.add(Arguments.of(name, "zero-width.txt", withZeroWidthSpaces(Corpus.read(name)).getBytes(StandardCharsets.UTF_8)));
            forms.add(Arguments.of(name, "spaced-scripts.txt", SCRIPT_BOUNDARY.matcher(Corpus.read(name)).replaceAll(" ").getBytes(StandardCharsets.UTF_8)));
            forms.add(Arguments.of(name, "markdown.txt", HEADING.matcher(Corpus.read(name)).replaceAll("**$1**").getBytes(StandardCharsets.UTF_8)));
            forms.add(Arguments.of(name, "bullets.txt", HEADING.matcher(Corpus.read(name)).replaceAll("■ $1").getBytes(StandardCharsets.UTF_8)));
        }
        List<List<String>> rows = taskRows(Corpus.read(Corpus.R000));
        forms.add(Arguments.of(Corpus.R000, "table.docx", TestDocuments.docx(List.of("2020年重点任务落实情况"), rows)));
        forms.add(Arguments.of(Corpus.R000, "table.html", tablePage(rows)));
        forms.add(Arguments.of(Corpus.R000, "table.txt", rows.stream().map(r -> String.join(" ", r)).collect(Collectors.joining("\n"))
                .getBytes(StandardCharsets.UTF_8)));
        return forms.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("forms")
    void eachFormGivesTheCleanTextsTasksAndEntities(String report, String form, byte[] bytes) throws Exception {
        ExtractedReport expected = clean.get(report);
        ExtractedReport r = extractor.extract(Files.write(dir.resolve(report.replace(".txt", "") + "-" + form), bytes));
        assertEquals(leafTitles(expected), leafTitles(r), form + ": tasks differ");

        Set<String> want = entities(expected), lost = new TreeSet<>(want);
        lost.removeAll(entities(r));
        assertTrue(lost.size() <= MAX_LOST * want.size(), form + ": " + lost.size() + " of " + want.size() + " entities lost: " + lost);
        for (ResolvedMention m : r.mentions()) {
            assertEquals(m.mention().text(), r.content().substring(m.mention().start(), m.mention().end()), form + ": mention offsets");
        }
    }

    /** Every character set apart by a space, as a PDF's text layer gives spaced-out type. */
    private static String letterSpaced(String report) {
        return report.lines().map(l -> String.join(" ", l.strip().split(""))).collect(Collectors.joining("\n"));
    }

    /**
     * Every character that has a Kangxi radical of the same shape written as that radical (⼯作
     * for 工作), as the text layer of many PDFs made from Word gives them.
     */
    private static String withRadicals(String report) {
        Map<Character, Character> radical = new HashMap<>();
        for (char c = '\u2F00'; c <= '\u2FD5'; c++) {
            String unified = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            if (unified.length() == 1) radical.putIfAbsent(unified.charAt(0), c);
        }
        StringBuilder out = new StringBuilder(report.length());
        for (char c : report.toCharArray()) out.append(radical.getOrDefault(c, c));
        assertTrue(!out.toString().equals(report), "no character of the report has a radical's shape");
        return out.toString();
    }

    /** Between a Chinese character and a Latin letter or digit, either way round: where many sites add a space for looks. */
    private static final Pattern SCRIPT_BOUNDARY = Pattern.compile("(?<=\\p{IsHan})(?=[A-Za-z0-9])|(?<=[A-Za-z0-9%])(?=\\p{IsHan})");
    /** A line that opens with a heading's or a task's numbering, to be set in bold as Markdown writes it. */
    private static final Pattern HEADING = Pattern.compile("(?m)^([一二三四五六七八九十]+、.*|[(（][一二三四五六七八九十]+[)）].*|第[0-9]+项.*)$");

    /** A zero-width space after every seventh character, a soft hyphen after every 50th, as some web pages guard their text. */
    private static String withZeroWidthSpaces(String report) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < report.length(); i++) {
            out.append(report.charAt(i));
            if (i % 7 == 6) out.append('\u200B');
            if (i % 50 == 49) out.append('\u00AD');
        }
        return out.toString();
    }

    /** The titles of the tasks with no task under them, in simplified characters. */
    private static List<String> leafTitles(ExtractedReport r) {
        List<Task> tasks = r.structure().tasks();
        Set<Integer> parents = tasks.stream().filter(Task::hasParent).map(Task::parent).collect(Collectors.toSet());
        return tasks.stream().filter(t -> !parents.contains(t.index())).map(t -> HanLP.convertToSimplifiedChinese(t.title())).toList();
    }

    private static Set<String> entities(ExtractedReport r) {
        return r.mentions().stream().map(m -> m.entity().type() + " " + m.entity().canonicalName()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static final Pattern TASK = Pattern.compile("^第([0-9]+)项[:：](.*)$");

    /** The report's 第N项 tasks as table rows: 序号, 任务内容, 责任单位 (left empty), 落实情况 (the progress after 工作进展). */
    private static List<List<String>> taskRows(String report) {
        List<List<String>> rows = new ArrayList<>(List.of(List.of("序号", "任务内容", "责任单位", "落实情况")));
        List<String> row = null;
        for (String line : TestDocuments.paragraphs(report)) {
            Matcher m = TASK.matcher(line);
            if (m.matches()) {
                row = new ArrayList<>(List.of(m.group(1), m.group(2), "", ""));
                rows.add(row);
            } else if (row != null) {
                row.set(3, row.get(3) + line.replaceFirst("^工作进展[:：]", ""));
            }
        }
        assertTrue(rows.size() > 20, "report 000 lost its task list");
        return rows;
    }

    private static byte[] tablePage(List<List<String>> rows) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>重点任务落实情况</title></head><body>\n<table>\n");
        for (int i = 0; i < rows.size(); i++) {
            String cell = i == 0 ? "th" : "td";
            html.append("<tr>");
            for (String c : rows.get(i)) html.append('<').append(cell).append('>').append(Entities.escape(c)).append("</").append(cell).append('>');
            html.append("</tr>\n");
        }
        return html.append("</table>\n</body></html>\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}

package org.policygraph.serve.explorer;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which view of the explorer a URL shows, and the queries that view runs with their parameters:
 * the server binds them when it sends the page (and under {@code view/} for the page's own
 * navigation), so the page sends them to the SPARQL endpoint as soon as it is parsed instead of
 * asking for each bound query first. The views are those {@code app.js} draws: home, search, and
 * the pages of an entity, a task and a report.
 *
 * @param page    {@code home}, {@code search}, {@code entity}, {@code task} or {@code report}
 * @param iri     the entity, task or report shown; empty for home and search
 * @param queries the explorer queries the view runs, in the order the page asks for them, with their parameters
 */
record ExplorerView(String page, String iri, Map<String, Map<String, String>> queries) {
    /** The namespace under which {@code /explore/id/TAIL} names {@code https://w3id.org/policygraph/id/TAIL}. */
    static final String PG_ID = "https://w3id.org/policygraph/id/";
    private static final Pattern TASK = Pattern.compile("report/[^/]+/task/\\d+");
    private static final Pattern REPORT = Pattern.compile("report/[^/]+");
    private static final Pattern NON_ASCII_ESCAPES = Pattern.compile("(%[89a-fA-F][0-9a-fA-F])+");

    /**
     * @param rawTail the request's path after the explorer's base, as sent (percent-escapes not decoded), e.g. {@code id/park/%E4%B8%AD}
     * @param param   the request's parameters (decoded), null when absent
     */
    static ExplorerView of(String rawTail, Function<String, String> param) {
        if (rawTail.equals("search")) {
            String q = param.apply("q") == null ? "" : param.apply("q").trim();
            if (!q.isEmpty()) return new ExplorerView("search", "", queries(List.of("search-entities", "search-tasks"), "words", q));
        } else if (rawTail.startsWith("id/") || rawTail.equals("resource")) {
            String iri = rawTail.equals("resource") ? (param.apply("iri") == null ? "" : param.apply("iri")) : iriOfPath(rawTail.substring(3));
            String tail = iri.startsWith(PG_ID) ? iri.substring(PG_ID.length()) : "";
            if (TASK.matcher(tail).matches()) {
                return new ExplorerView("task", iri, queries(List.of("task", "task-entities", "task-mentions", "task-figures", "task-children"), "task", iri));
            }
            if (REPORT.matcher(tail).matches()) {
                return new ExplorerView("report", iri, queries(List.of("report", "report-tasks", "report-entities"), "report", iri));
            }
            Map<String, Map<String, String>> q = queries(List.of("entity", "entity-tasks", "entity-co-mentioned", "entity-figures", "entity-graph"), "entity", iri);
            String with = param.apply("with");
            if (with != null && !with.isEmpty()) q.put("shared-evidence", Map.of("entity", iri, "other", with));
            return new ExplorerView("entity", iri, q);
        }
        return new ExplorerView("home", "", queries(List.of("reports"), null, null));
    }

    /** The IRI a path names: the URL's percent-encoded UTF-8 is the IRI's Unicode; its own escapes (ASCII) stay, as in {@code app.js}. */
    static String iriOfPath(String rawTail) {
        Matcher m = NON_ASCII_ESCAPES.matcher(rawTail);
        StringBuilder out = new StringBuilder(PG_ID);
        while (m.find()) {
            String run = m.group();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (int i = 0; i < run.length(); i += 3) bytes.write(Integer.parseInt(run.substring(i + 1, i + 3), 16));
            byte[] b = bytes.toByteArray();
            var decoder = java.nio.charset.StandardCharsets.UTF_8.newDecoder();
            String decoded;
            try {
                decoded = decoder.decode(java.nio.ByteBuffer.wrap(b)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                decoded = run; // not UTF-8: kept as escapes, as decodeURIComponent failing leaves them
            }
            m.appendReplacement(out, Matcher.quoteReplacement(decoded));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Map<String, Map<String, String>> queries(List<String> names, String param, String value) {
        Map<String, Map<String, String>> q = new LinkedHashMap<>();
        for (String n : names) q.put(n, param == null ? Map.of() : Map.of(param, value));
        return q;
    }
}

package org.policygraph.bench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.policygraph.query.NamedQuery;
import org.policygraph.query.ParamKind;
import org.policygraph.query.QueryParam;
import org.policygraph.query.QueryParameters;
import org.policygraph.query.QueryRunner;

/**
 * The parameters the benchmark gives each library query: the heaviest real ones of the store,
 * read from it, so that every query has rows to find and as many as the store can give (the
 * entity most tasks mention, the organisation that partners in most tasks, the task key with
 * the most figures, the most common two characters of names and of task titles, the entity with
 * the most mentions for the explorer's entity pages, …). A
 * parameter with nothing to choose from falls back to the query's example.
 */
final class QueryParametersChoice {
    private static final String PREFIXES = "PREFIX pg: <https://w3id.org/policygraph/ontology#>\n"
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n";

    /** Values by parameter name, for every query. */
    private final Map<String, String> common = new HashMap<>();
    /** Values of parameters that take an IRI (the explorer's pages: a report, a task, an entity), by name. */
    private final Map<String, String> commonIris = new HashMap<>();
    /** Values by query name, then parameter name, where a query needs its own. */
    private final Map<String, Map<String, String>> perQuery = new HashMap<>();

    private QueryParametersChoice() {}

    static QueryParametersChoice of(QueryRunner runner) {
        QueryParametersChoice c = new QueryParametersChoice();
        first(runner, "SELECT ?label (COUNT(?t) AS ?n) { ?t a pg:Task ; pg:mentions ?e . ?e skos:prefLabel ?label } "
                + "GROUP BY ?label ORDER BY DESC(?n) ?label LIMIT 1").ifPresent(r -> c.common.put("label", r.get("label")));
        // the explorer's entity pages (their queries timed with --query-file) take the most mentioned entity
        List<Map<String, String>> entities = all(runner, "SELECT ?e (COUNT(?m) AS ?n) { ?m a pg:Mention ; pg:entity ?e } "
                + "GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 2");
        if (!entities.isEmpty()) {
            c.commonIris.put("entity", entities.get(0).get("e"));
            c.commonIris.put("other", entities.get(entities.size() - 1).get("e"));
        }
        // the explorer's report and task pages: the report that mentions most entities, the task that mentions most
        first(runner, "SELECT ?r (COUNT(DISTINCT ?e) AS ?n) { ?r a pg:Report ; pg:mentions ?e } GROUP BY ?r ORDER BY DESC(?n) ?r LIMIT 1")
                .ifPresent(r -> c.commonIris.put("report", r.get("r")));
        first(runner, "SELECT ?t (COUNT(DISTINCT ?e) AS ?n) { ?t a pg:Task ; pg:mentions ?e } GROUP BY ?t ORDER BY DESC(?n) ?t LIMIT 1")
                .ifPresent(r -> c.commonIris.put("task", r.get("t")));
        first(runner, "SELECT ?type (COUNT(DISTINCT ?e) AS ?n) { ?e a ?type ; skos:prefLabel ?l . "
                + "FILTER (STRSTARTS(STR(?type), STR(pg:)) && ?type NOT IN (pg:Report, pg:Task, pg:Mention)) } "
                + "GROUP BY ?type ORDER BY DESC(?n) LIMIT 1")
                .ifPresent(r -> c.common.put("type", r.get("type").substring(r.get("type").indexOf('#') + 1)));
        List<Map<String, String>> reports = all(runner, "SELECT ?report (COUNT(DISTINCT ?e) AS ?n) { ?r a pg:Report ; pg:fileName ?report ; "
                + "pg:mentions ?e } GROUP BY ?report ORDER BY DESC(?n) ?report LIMIT 2");
        if (!reports.isEmpty()) {
            c.common.put("report", reports.get(0).get("report"));
            c.common.put("report1", reports.get(0).get("report"));
            c.common.put("report2", reports.get(reports.size() - 1).get("report"));
        }
        first(runner, "SELECT ?key (COUNT(DISTINCT ?f) AS ?n) { ?f pg:task ?t ; pg:text ?x ; pg:start ?s ; pg:sentence ?sen . "
                + "FILTER NOT EXISTS { ?f a pg:Mention } ?t a pg:Task ; pg:key ?key } GROUP BY ?key ORDER BY DESC(?n) ?key LIMIT 1")
                .ifPresent(r -> c.query("task-figures").put("key", r.get("key")));
        first(runner, "SELECT ?key ?label (COUNT(DISTINCT ?m) AS ?n) { ?m a pg:Mention ; pg:entity ?e ; pg:task ?t . ?t a pg:Task ; "
                + "pg:key ?key . ?e skos:prefLabel ?label } GROUP BY ?key ?label ORDER BY DESC(?n) ?key ?label LIMIT 1")
                .ifPresent(r -> c.query("link-evidence").putAll(Map.of("key", r.get("key"), "label", r.get("label"))));
        first(runner, "SELECT ?label (COUNT(DISTINCT ?t) AS ?n) { ?t pg:partner ?o . ?o skos:prefLabel ?label } "
                + "GROUP BY ?label ORDER BY DESC(?n) ?label LIMIT 1")
                .ifPresent(r -> c.query("organisation-partners").put("label", r.get("label")));
        commonBigram(runner, "SELECT DISTINCT ?s { ?e skos:prefLabel|skos:altLabel ?s }")
                .ifPresent(w -> c.query("find-entities").put("word", w));
        commonBigram(runner, "SELECT DISTINCT ?s { ?t a pg:Task ; pg:title ?s }")
                .ifPresent(w -> c.query("tasks-by-title-word").put("word", w));
        return c;
    }

    /** The parameters of one query: its own choice, else the common one, else its example. */
    QueryParameters forQuery(NamedQuery q) {
        QueryParameters params = QueryParameters.none();
        Map<String, String> own = perQuery.getOrDefault(q.name(), Map.of());
        for (QueryParam p : q.params()) {
            Map<String, String> shared = p.kind() == ParamKind.IRI ? commonIris : common;
            String v = own.getOrDefault(p.name(), shared.getOrDefault(p.name(), p.example().orElse("")));
            params = params.with(p.name(), v);
        }
        return params;
    }

    private Map<String, String> query(String name) {
        return perQuery.computeIfAbsent(name, n -> new LinkedHashMap<>());
    }

    /** The two Chinese characters that the most of the strings (names, titles) contain. */
    private static java.util.Optional<String> commonBigram(QueryRunner runner, String select) {
        Map<String, Integer> counts = new HashMap<>();
        for (Map<String, String> row : all(runner, select)) {
            String s = row.get("s");
            Set<String> seen = new HashSet<>();
            for (int i = 0; i + 2 <= s.length(); i++) {
                String b = s.substring(i, i + 2);
                if (Character.UnicodeScript.of(b.charAt(0)) == Character.UnicodeScript.HAN
                        && Character.UnicodeScript.of(b.charAt(1)) == Character.UnicodeScript.HAN && seen.add(b)) {
                    counts.merge(b, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .map(Map.Entry::getKey);
    }

    private static java.util.Optional<Map<String, String>> first(QueryRunner runner, String select) {
        List<Map<String, String>> rows = all(runner, select);
        return rows.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(rows.get(0));
    }

    private static List<Map<String, String>> all(QueryRunner runner, String select) {
        NamedQuery q = NamedQuery.of("bench-parameters", "# title: the benchmark's parameters\n# description: read from the store\n" + PREFIXES + select);
        ResultSetRewindable rs = runner.select(QueryParameters.none().bind(q));
        List<Map<String, String>> rows = new java.util.ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Map<String, String> row = new HashMap<>();
            s.varNames().forEachRemaining(v -> {
                var n = s.get(v).asNode();
                row.put(v, n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
            });
            rows.add(row);
        }
        return rows;
    }

    @Override
    public String toString() {
        return "common " + common + ", IRIs " + commonIris + ", per query " + perQuery;
    }
}

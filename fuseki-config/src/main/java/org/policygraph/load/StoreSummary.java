package org.policygraph.load;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.sparql.exec.RowSet;
import org.policygraph.ontology.PG;
import org.policygraph.recognise.EntityType;

/**
 * What the store holds, counted by SPARQL over the union of the report graphs.
 *
 * @param reports        {@code pg:Report} nodes
 * @param tasks          {@code pg:Task} nodes
 * @param mentions       {@code pg:Mention} nodes
 * @param entitiesByType entities per contract class ({@code Park}, {@code GovernmentBody}, …), every class listed
 * @param triples        distinct triples of the union graph (an entity named in two reports counts once)
 */
public record StoreSummary(long reports, long tasks, long mentions, Map<String, Long> entitiesByType, long triples) {
    public StoreSummary {
        entitiesByType = Map.copyOf(entitiesByType);
    }

    private static final String PREFIXES = "PREFIX pg: <" + PG.NS + ">\n";

    /** Counts the reports, tasks, mentions, entities and triples by SPARQL, the way a researcher would ask, of a local dataset or an endpoint. */
    public static StoreSummary count(Function<String, RowSet> select) {
        Map<String, Long> byType = new LinkedHashMap<>();
        for (EntityType t : EntityType.values()) byType.put(t.localName(), 0L);
        select.apply(PREFIXES + "SELECT ?type (COUNT(DISTINCT ?e) AS ?n) { ?e a ?type } GROUP BY ?type").forEachRemaining(b -> {
            String type = b.get("type").getURI();
            if (type.startsWith(PG.NS) && byType.containsKey(type.substring(PG.NS.length()))) {
                byType.put(type.substring(PG.NS.length()), ((Number) b.get("n").getLiteralValue()).longValue());
            }
        });
        Function<String, Long> count = pattern -> ((Number) select.apply(PREFIXES + "SELECT (COUNT(*) AS ?n) { " + pattern + " }")
                .next().get("n").getLiteralValue()).longValue();
        return new StoreSummary(count.apply("?x a pg:Report"), count.apply("?x a pg:Task"), count.apply("?x a pg:Mention"), byType,
                count.apply("?s ?p ?o"));
    }

    public long entities() {
        return entitiesByType.values().stream().mapToLong(Long::longValue).sum();
    }
}

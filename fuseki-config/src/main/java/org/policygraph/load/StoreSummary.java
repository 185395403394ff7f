package org.policygraph.load;

import java.util.Map;

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

    public long entities() {
        return entitiesByType.values().stream().mapToLong(Long::longValue).sum();
    }
}

package org.policygraph.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.policygraph.recognise.EntityType;

/**
 * The evaluation's figures: per entity type, organisations with their four kinds merged,
 * entities regardless of type, all entities, tasks, and task-entity links.
 */
public record Evaluation(Map<EntityType, Counts> byType, Counts organisationsCoarse, Counts untyped, Counts all,
                         Counts tasks, Counts links, int mentions, int badOffsets, List<String> misses) {

    public Evaluation {
        byType = Map.copyOf(new EnumMap<>(byType));
        misses = List.copyOf(misses);
    }

    /** The table the scorer prints, line for line. */
    public String table() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%-30s %6s %6s %6s %5s %5s %5s%n", "", "prec", "rec", "F1", "tp", "fp", "fn"));
        for (EntityType t : EntityType.values()) row(b, "entities " + t.localName(), byType.getOrDefault(t, Counts.ZERO));
        row(b, "entities Organization(coarse)", organisationsCoarse);
        row(b, "entities untyped", untyped);
        row(b, "entities ALL", all);
        row(b, "tasks", tasks);
        row(b, "task-entity links", links);
        b.append(String.format("mentions: %d, offsets not matching content: %d%n", mentions, badOffsets));
        b.append(String.format("summary: entity-F1 %.3f task-F1 %.3f link-F1 %.3f bad-offsets %d%n",
                all.f1(), tasks.f1(), links.f1(), badOffsets));
        return b.toString();
    }

    private static void row(StringBuilder b, String name, Counts c) {
        b.append(String.format("%-30s %6.3f %6.3f %6.3f %5d %5d %5d%n", name, c.precision(), c.recall(), c.f1(), c.tp(), c.fp(), c.fn()));
    }
}

package org.policygraph.recognise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses among overlapping candidates from all recognisers: the longest name wins (a name
 * inside a longer name is part of it), then the more confident recogniser. The result is in
 * text order and free of overlaps.
 */
public final class MentionMerger {

    public List<Mention> merge(List<Mention> candidates) {
        List<Mention> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Mention::length).reversed()
                .thenComparing(Comparator.comparingDouble(Mention::confidence).reversed())
                .thenComparingInt(Mention::start));
        List<Mention> kept = new ArrayList<>();
        // the kept mentions by span: a pass over all of them for each candidate would be quadratic in the report
        MentionSpans keptSpans = new MentionSpans(List.of());
        for (Mention m : sorted) {
            if (!keptSpans.anyOverlaps(m.start(), m.end())) {
                kept.add(m);
                keptSpans.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }
}

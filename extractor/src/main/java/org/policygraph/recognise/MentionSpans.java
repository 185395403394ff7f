package org.policygraph.recognise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Mentions looked up by span: which have exactly this span, and whether any overlaps one. A
 * rule that asks this for every candidate would otherwise pass over every mention each time,
 * work that grows with the square of the report's length. Mentions may be added as a rule goes.
 */
public final class MentionSpans {
    // start → the furthest end of the mentions starting there
    private final TreeMap<Integer, Integer> furthestEnd = new TreeMap<>();
    private final Map<Long, List<Mention>> bySpan = new HashMap<>();
    private int longest;

    public MentionSpans(List<Mention> mentions) {
        for (Mention m : mentions) add(m);
    }

    public void add(Mention m) {
        furthestEnd.merge(m.start(), m.end(), Math::max);
        bySpan.computeIfAbsent(key(m.start(), m.end()), k -> new ArrayList<>(1)).add(m);
        longest = Math.max(longest, m.end() - m.start());
    }

    /** The mentions of exactly {@code [start, end)}, in the order they were added. */
    public List<Mention> withSpan(int start, int end) {
        return bySpan.getOrDefault(key(start, end), List.of());
    }

    /** Whether some mention shares a character with {@code [start, end)}, as {@link Mention#overlaps} says. */
    public boolean anyOverlaps(int start, int end) {
        // a mention that overlaps starts before end, and no earlier than start minus the longest mention
        for (Map.Entry<Integer, Integer> e : furthestEnd.subMap(start - longest, true, end, false).entrySet()) {
            if (e.getValue() > start) return true;
        }
        return false;
    }

    /** Whether some mention starts at {@code start}. */
    public boolean anyStartsAt(int start) {
        return furthestEnd.containsKey(start);
    }

    /** Whether some mention that overlaps {@code [start, end)} runs out of it, before its start or past its end. */
    public boolean anyCrosses(int start, int end) {
        for (Map.Entry<Integer, Integer> e : furthestEnd.subMap(start - longest, true, end, false).entrySet()) {
            if (e.getKey() < start ? e.getValue() > start : e.getValue() > end) return true;
        }
        return false;
    }

    private static long key(int start, int end) {
        return ((long) start << 32) | (end & 0xffffffffL);
    }
}

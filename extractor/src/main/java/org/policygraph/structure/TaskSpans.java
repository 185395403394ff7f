package org.policygraph.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The tasks that hold each offset, found by binary search instead of a pass over every task:
 * what keeps linking a long report linear. Built once per report from the tasks' spans, which
 * nest, so each offset is held by a few tasks at most.
 */
public final class TaskSpans {
    private final List<Task> tasks;
    // the spans' boundaries, sorted, and for each piece [bounds[k], bounds[k+1]) the tasks holding it, in task order
    private final int[] bounds;
    private final int[][] holding;

    public TaskSpans(List<Task> tasks) {
        this.tasks = List.copyOf(tasks);
        TreeSet<Integer> cuts = new TreeSet<>();
        for (Task t : tasks) {
            if (t.start() < t.end()) {
                cuts.add(t.start());
                cuts.add(t.end());
            }
        }
        bounds = cuts.stream().mapToInt(Integer::intValue).toArray();
        Integer[] byStart = new Integer[tasks.size()];
        for (int i = 0; i < byStart.length; i++) byStart[i] = i;
        Arrays.sort(byStart, (a, b) -> Integer.compare(tasks.get(a).start(), tasks.get(b).start()));
        holding = new int[Math.max(0, bounds.length - 1)][];
        TreeSet<Integer> open = new TreeSet<>();
        int next = 0;
        for (int k = 0; k + 1 < bounds.length; k++) {
            int at = bounds[k];
            open.removeIf(i -> tasks.get(i).end() <= at);
            while (next < byStart.length && tasks.get(byStart[next]).start() <= at) {
                Task t = tasks.get(byStart[next]);
                if (t.end() > at) open.add(byStart[next]);
                next++;
            }
            holding[k] = open.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** The tasks whose span holds the offset, in task order. */
    public List<Task> containing(int offset) {
        int k = piece(offset);
        if (k < 0) return List.of();
        List<Task> out = new ArrayList<>(holding[k].length);
        for (int i : holding[k]) out.add(tasks.get(i));
        return out;
    }

    /** The innermost task whose span holds the offset: the first of the deepest level, as {@link ReportStructure#innermostTaskAt} says. */
    public Optional<Task> innermostAt(int offset) {
        int k = piece(offset);
        if (k < 0) return Optional.empty();
        Task best = null;
        for (int i : holding[k]) {
            Task t = tasks.get(i);
            if (best == null || t.level() > best.level()) best = t;
        }
        return Optional.ofNullable(best);
    }

    private int piece(int offset) {
        int k = Arrays.binarySearch(bounds, offset);
        if (k < 0) k = -k - 2; // the boundary before the offset
        return k >= 0 && k < holding.length ? k : -1;
    }
}

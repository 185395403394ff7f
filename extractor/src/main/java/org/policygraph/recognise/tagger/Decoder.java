package org.policygraph.recognise.tagger;

import com.hankcs.hanlp.model.perceptron.model.LinearModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * First-order Viterbi over a HanLP {@link LinearModel} with its feature layout (weight of feature
 * f for tag t at {@code f * tags + t}; the transition from tag p is feature p, from the start
 * feature {@code tags}). Unlike {@code LinearModel.viterbiDecode} it scores each position's
 * features once per tag rather than once per tag pair, visits only the tag pairs
 * {@link EntityTags#allowed} allows, tries the many predecessors of a tag that opens a name or
 * stays outside best score first, stopping once none left can win (the same answer, a fraction of
 * the sums), and ends only on a tag that closes its name.
 */
final class Decoder {
    private static final int[][] PREDECESSORS = EntityTags.predecessors();
    /** The tags by their set of predecessors: the 21 that open a name or stay outside share one. */
    private static final List<TagGroup> GROUPS = TagGroup.of(PREDECESSORS);
    /** A group with this many predecessors or more has them ordered by score at each position, so that most are never tried. */
    private static final int ORDERED_FROM = 5;

    /** Tags that may follow the same predecessors. */
    private record TagGroup(int[] predecessors, int[] tags) {
        static List<TagGroup> of(int[][] predecessors) {
            Map<List<Integer>, List<Integer>> byPredecessors = new LinkedHashMap<>();
            for (int t = 0; t < predecessors.length; t++) {
                byPredecessors.computeIfAbsent(Arrays.stream(predecessors[t]).boxed().toList(), k -> new ArrayList<>()).add(t);
            }
            List<TagGroup> out = new ArrayList<>();
            byPredecessors.forEach((p, t) -> out.add(new TagGroup(
                    p.stream().mapToInt(Integer::intValue).toArray(), t.stream().mapToInt(Integer::intValue).toArray())));
            return List.copyOf(out);
        }
    }

    private Decoder() {}

    /** How a feature adds its weight for each tag to a position's scores. */
    @FunctionalInterface
    interface FeatureScores {
        void addTo(int feature, double[] scores);
    }

    /**
     * The best tags; {@code emissions}, if given (length × tags), receives each position's feature
     * scores. {@code tags} is {@link EntityTags#size()}: a {@link TaggerModel} holds no other.
     * Reads every weight from {@code w}, as training must, since its weights change between calls.
     */
    static int[] decode(float[] w, int tags, int[][] features, double[][] emissions) {
        return decode((f, e) -> {
            int base = f * tags;
            for (int t = 0; t < tags; t++) e[t] += w[base + t];
        }, w, tags, features, emissions);
    }

    /**
     * The same tags, the features' weights read from their non-zero entries only (a fixed model's
     * {@link SparseWeights}); {@code w} still gives the transitions.
     */
    static int[] decode(SparseWeights sparse, float[] w, int tags, int[][] features, double[][] emissions) {
        return decode(sparse::addTo, w, tags, features, emissions);
    }

    private static int[] decode(FeatureScores scores, float[] w, int tags, int[][] features, double[][] emissions) {
        int n = features.length;
        int[] best = new int[n];
        if (n == 0) return best;
        double[][] emit = emissions != null ? emissions : new double[n][tags];
        for (int i = 0; i < n; i++) {
            double[] e = emit[i];
            java.util.Arrays.fill(e, 0);
            for (int f : features[i]) {
                if (f >= 0) scores.addTo(f, e);
            }
        }
        int[][] back = new int[n][tags];
        double[] score = new double[tags], next = new double[tags];
        int bos = tags * tags;
        for (int t = 0; t < tags; t++) {
            score[t] = EntityTags.allowed(-1, t) ? emit[0][t] + w[bos + t] : Double.NEGATIVE_INFINITY;
        }
        double[] bestTransition = bestTransitions(w, tags);
        int[] order = new int[tags];
        for (int i = 1; i < n; i++) {
            for (TagGroup g : GROUPS) {
                if (g.predecessors.length < ORDERED_FROM) {
                    for (int t : g.tags) step(g.predecessors, w, tags, t, score, next, back[i], emit[i]);
                } else {
                    int finite = byScore(g.predecessors, score, order);
                    for (int t : g.tags) stepOrdered(g.predecessors, order, finite, bestTransition[t], w, tags, t, score, next, back[i], emit[i]);
                }
            }
            double[] swap = score;
            score = next;
            next = swap;
        }
        int arg = EntityTags.OUTSIDE;
        for (int t = 1; t < tags; t++) if (EntityTags.mayEnd(t) && score[t] > score[arg]) arg = t;
        for (int i = n - 1; i >= 0; i--) {
            best[i] = arg;
            arg = back[i][arg];
        }
        return best;
    }

    /**
     * Tag {@code t} at this position from the best of its predecessors: the first of the highest
     * scores in their order (the search's answer, kept so that training's updates do not depend on
     * how the search is made).
     */
    private static void step(int[] predecessors, float[] w, int tags, int t, double[] score, double[] next, int[] back, double[] emit) {
        double max = Double.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p : predecessors) {
            if (score[p] == Double.NEGATIVE_INFINITY) continue;
            double s = score[p] + w[p * tags + t];
            if (s > max) {
                max = s;
                arg = p;
            }
        }
        next[t] = max + emit[t];
        back[t] = arg;
    }

    /**
     * The same answer as {@link #step}, the predecessors tried best score first: once a
     * predecessor's score plus the best transition into {@code t} falls below the best found,
     * none after it can reach it (float sums round monotonically), so the rest are left untried.
     * Equal sums go to the predecessor earlier in {@code predecessors}, as in {@link #step}.
     */
    private static void stepOrdered(int[] predecessors, int[] order, int finite, double bestTransition, float[] w, int tags, int t,
                                    double[] score, double[] next, int[] back, double[] emit) {
        double max = Double.NEGATIVE_INFINITY;
        int arg = 0, argRank = Integer.MAX_VALUE;
        for (int k = 0; k < finite; k++) {
            int p = predecessors[order[k]];
            if (score[p] + bestTransition < max) break;
            double s = score[p] + w[p * tags + t];
            if (s > max || s == max && order[k] < argRank) {
                max = s;
                arg = p;
                argRank = order[k];
            }
        }
        next[t] = max + emit[t];
        back[t] = arg;
    }

    /** Puts the indexes of {@code predecessors} with a finite score into {@code order}, highest score first; returns how many. */
    private static int byScore(int[] predecessors, double[] score, int[] order) {
        int m = 0;
        for (int k = 0; k < predecessors.length; k++) {
            double s = score[predecessors[k]];
            if (s == Double.NEGATIVE_INFINITY) continue;
            int j = m++;
            while (j > 0 && score[predecessors[order[j - 1]]] < s) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = k;
        }
        return m;
    }

    /** For each tag, the highest weight of a transition into it from one of its predecessors. */
    private static double[] bestTransitions(float[] w, int tags) {
        double[] best = new double[tags];
        for (int t = 0; t < tags; t++) {
            best[t] = Double.NEGATIVE_INFINITY;
            for (int p : PREDECESSORS[t]) best[t] = Math.max(best[t], w[p * tags + t]);
        }
        return best;
    }
}

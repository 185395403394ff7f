package org.policygraph.recognise.tagger;

import com.hankcs.hanlp.model.perceptron.model.LinearModel;

/**
 * First-order Viterbi over a HanLP {@link LinearModel} with its feature layout (weight of feature
 * f for tag t at {@code f * tags + t}; the transition from tag p is feature p, from the start
 * feature {@code tags}). Unlike {@code LinearModel.viterbiDecode} it scores each position's
 * features once per tag rather than once per tag pair, visits only the tag pairs
 * {@link EntityTags#allowed} allows, and ends only on a tag that closes its name.
 */
final class Decoder {
    private static final int[][] PREDECESSORS = EntityTags.predecessors();

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
        for (int i = 1; i < n; i++) {
            for (int t = 0; t < tags; t++) {
                double max = Double.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p : PREDECESSORS[t]) {
                    if (score[p] == Double.NEGATIVE_INFINITY) continue;
                    double s = score[p] + w[p * tags + t];
                    if (s > max) {
                        max = s;
                        arg = p;
                    }
                }
                next[t] = max + emit[i][t];
                back[i][t] = arg;
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
}

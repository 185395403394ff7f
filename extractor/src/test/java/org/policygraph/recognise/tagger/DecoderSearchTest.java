package org.policygraph.recognise.tagger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.policygraph.Corpus;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.RealSegmentation;

/**
 * The decoder's search, which tries a tag's predecessors best score first and stops early, finds
 * what trying every allowed predecessor finds: the same tags, ties going to the same predecessor.
 */
class DecoderSearchTest {
    private static final int TAGS = EntityTags.size();

    @Test
    void theBundledModelTagsTheSampleReportsAsTheFullSearchDoes() {
        TaggerModel model = TaggerModel.bundled();
        float[] w = model.linearModel().parameter;
        int positions = 0, named = 0;
        for (String report : Corpus.ALL) {
            AnalysedText at = RealSegmentation.analyse(Corpus.read(report));
            TaggerFeatures features = new TaggerFeatures(model.families(), at, List.of());
            for (Sequence seq : Sequence.of(at.text())) {
                int[][] ids = features.ids(seq, model.featureIds());
                int[] tags = Decoder.decode(w, TAGS, ids, null);
                assertArrayEquals(fullSearch(w, ids), tags, at.text().substring(seq.start(), seq.end()));
                positions += tags.length;
                for (int t : tags) if (t != EntityTags.OUTSIDE) named++;
            }
        }
        assertTrue(positions > 20_000 && named > 2_000, positions + " characters, " + named + " inside names");
    }

    @Test
    void tiesGoWhereTheFullSearchSendsThem() {
        // weights of a few small integers make equal path scores common
        Random random = new Random(20261203);
        int features = 30;
        for (int round = 0; round < 300; round++) {
            float[] w = new float[(features + TAGS + 1) * TAGS];
            for (int k = 0; k < w.length; k++) w[k] = random.nextInt(5) - 2;
            int[][] ids = new int[1 + random.nextInt(12)][];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = new int[random.nextInt(4)];
                for (int j = 0; j < ids[i].length; j++) ids[i][j] = TAGS + 1 + random.nextInt(features);
            }
            assertArrayEquals(fullSearch(w, ids), Decoder.decode(w, TAGS, ids, null), "round " + round);
        }
    }

    /** Viterbi over every allowed pair, the first predecessor of the highest score kept: the search as it was. */
    private static int[] fullSearch(float[] w, int[][] features) {
        int n = features.length;
        double[][] emit = new double[n][TAGS];
        for (int i = 0; i < n; i++) {
            for (int f : features[i]) for (int t = 0; t < TAGS; t++) emit[i][t] += w[f * TAGS + t];
        }
        int[][] back = new int[n][TAGS];
        double[] score = new double[TAGS];
        for (int t = 0; t < TAGS; t++) {
            score[t] = EntityTags.allowed(-1, t) ? emit[0][t] + w[TAGS * TAGS + t] : Double.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            double[] next = new double[TAGS];
            for (int t = 0; t < TAGS; t++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int p = 0; p < TAGS; p++) {
                    if (!EntityTags.allowed(p, t) || score[p] == Double.NEGATIVE_INFINITY) continue;
                    double s = score[p] + w[p * TAGS + t];
                    if (s > max) {
                        max = s;
                        back[i][t] = p;
                    }
                }
                next[t] = max + emit[i][t];
            }
            score = next;
        }
        int[] best = new int[n];
        int arg = EntityTags.OUTSIDE;
        for (int t = 1; t < TAGS; t++) if (EntityTags.mayEnd(t) && score[t] > score[arg]) arg = t;
        for (int i = n - 1; i >= 0; i--) {
            best[i] = arg;
            arg = back[i][arg];
        }
        return best;
    }
}

package org.policygraph.recognise.tagger;

/**
 * A model's feature weights with the zeros left out, row by feature (compressed sparse rows): a
 * feature has weight for about 5 of the 41 tags, the ones it was seen with in training, so scoring
 * a position reads a seventh of the memory the dense {@code LinearModel.parameter} would, in one
 * run per feature. Sums are those of the dense weights, to the bit: only zeros are skipped, and
 * each tag's weights are still added in the features' order.
 */
final class SparseWeights {
    /** Feature f's weights are {@code weights[rows[f]..rows[f + 1])}, for the tags {@code tags[…]}. */
    private final int[] rows;
    private final byte[] tags;
    private final float[] weights;

    private SparseWeights(int[] rows, byte[] tags, float[] weights) {
        this.rows = rows;
        this.tags = tags;
        this.weights = weights;
    }

    /** The non-zero weights of {@code dense}, laid out as {@code LinearModel} lays out {@code tagCount} tags. */
    static SparseWeights of(float[] dense, int tagCount) {
        if (tagCount > Byte.MAX_VALUE) throw new IllegalArgumentException(tagCount + " tags do not fit a byte");
        int features = dense.length / tagCount;
        int[] rows = new int[features + 1];
        for (int f = 0; f < features; f++) {
            int n = 0;
            for (int t = 0; t < tagCount; t++) if (dense[f * tagCount + t] != 0) n++;
            rows[f + 1] = rows[f] + n;
        }
        byte[] tags = new byte[rows[features]];
        float[] weights = new float[rows[features]];
        for (int f = 0, k = 0; f < features; f++) {
            for (int t = 0; t < tagCount; t++) {
                float w = dense[f * tagCount + t];
                if (w != 0) {
                    tags[k] = (byte) t;
                    weights[k++] = w;
                }
            }
        }
        return new SparseWeights(rows, tags, weights);
    }

    /** Adds feature f's weight for each tag to {@code scores}. */
    void addTo(int feature, double[] scores) {
        for (int k = rows[feature], end = rows[feature + 1]; k < end; k++) scores[tags[k]] += weights[k];
    }
}

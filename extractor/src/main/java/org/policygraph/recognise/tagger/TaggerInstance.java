package org.policygraph.recognise.tagger;

import com.hankcs.hanlp.model.perceptron.feature.FeatureMap;
import com.hankcs.hanlp.model.perceptron.instance.Instance;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * One sequence as HanLP's perceptron sees it: feature ids per position and, for training, the gold
 * tags. Ours because HanLP's {@code NERInstance} reads words, not characters with our features.
 */
public final class TaggerInstance extends Instance {

    TaggerInstance(int[][] features, int[] tags) {
        this.featureMatrix = features;
        this.tagArray = tags;
    }

    /** Looks the feature strings up in the map; a mutable map (training) adds the new ones, an immutable one skips them. */
    public static TaggerInstance of(List<List<String>> features, int[] tags, FeatureMap map) {
        return of(features, tags, map::idOf);
    }

    /** Looks the feature strings up with {@code idOf}, which answers -1 for a feature the model lacks. */
    static TaggerInstance of(List<List<String>> features, int[] tags, ToIntFunction<String> idOf) {
        int[][] ids = new int[features.size()][];
        for (int i = 0; i < ids.length; i++) {
            List<String> f = features.get(i);
            int[] row = new int[f.size()];
            int k = 0;
            for (String s : f) {
                int id = idOf.applyAsInt(s);
                if (id >= 0) row[k++] = id;
            }
            ids[i] = k == row.length ? row : java.util.Arrays.copyOf(row, k);
        }
        return new TaggerInstance(ids, tags == null ? new int[ids.length] : tags);
    }
}

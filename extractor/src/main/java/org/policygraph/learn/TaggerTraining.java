package org.policygraph.learn;

import com.hankcs.hanlp.model.perceptron.feature.ImmutableFeatureMap;
import com.hankcs.hanlp.model.perceptron.feature.MutableFeatureMap;
import com.hankcs.hanlp.model.perceptron.model.AveragedPerceptron;
import com.hankcs.hanlp.model.perceptron.model.LinearModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policygraph.recognise.tagger.EntityTags;
import org.policygraph.recognise.tagger.FeatureFamily;
import org.policygraph.recognise.tagger.Sequence;
import org.policygraph.recognise.tagger.TaggerFeatures;
import org.policygraph.recognise.tagger.TaggerInstance;
import org.policygraph.recognise.tagger.TaggerModel;
import org.policygraph.recognise.tagger.TaggerTrainer;

/**
 * The instances of a set of annotated reports, their features computed once, so that the folds of
 * a cross-validation train on subsets without computing them again. A feature seen only in
 * reports left out of a fold keeps weight 0 in that fold's model: it exists, it learnt nothing.
 */
public final class TaggerTraining {
    private final Set<FeatureFamily> families;
    private final MutableFeatureMap map = new MutableFeatureMap(EntityTags.newTagSet());
    private final Map<String, List<TaggerInstance>> instances = new LinkedHashMap<>();

    public TaggerTraining(Set<FeatureFamily> families, List<TrainingReport> reports) {
        this.families = Set.copyOf(families);
        for (TrainingReport r : reports) {
            TaggerFeatures features = new TaggerFeatures(families, r.prepared().analysed(), r.prepared().ruleCandidates());
            List<TaggerInstance> list = new ArrayList<>();
            for (Sequence seq : Sequence.of(r.prepared().text())) {
                int[] tags = java.util.Arrays.copyOfRange(r.tags(), seq.start(), seq.end());
                list.add(TaggerInstance.of(features.of(seq), tags, map));
            }
            instances.put(r.fileName(), list);
        }
    }

    public int featureCount() { return map.size(); }

    public int characterCount(Collection<String> reports) {
        int n = 0;
        for (String r : reports) for (TaggerInstance i : instances.get(r)) n += i.length();
        return n;
    }

    /** A model trained on the named reports only. */
    public TaggerModel train(Collection<String> reports, TaggerTrainer.Settings settings, String trainingSha256,
                             TaggerTrainer.Listener listener) {
        List<TaggerInstance> chosen = new ArrayList<>();
        for (String r : reports) {
            List<TaggerInstance> list = instances.get(r);
            if (list == null) throw new IllegalArgumentException("no such training report: " + r);
            chosen.addAll(list);
        }
        AveragedPerceptron weights = new TaggerTrainer(settings).train(chosen, map, listener);
        // decoding looks features up without adding them: an immutable view of the same ids
        LinearModel model = new LinearModel(new ImmutableFeatureMap(map.featureIdMap, map.tagSet), weights.parameter);
        return new TaggerModel(model, families, trainingSha256, settings);
    }
}

package org.policygraph.recognise.tagger;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.model.perceptron.feature.ImmutableFeatureMap;
import com.hankcs.hanlp.model.perceptron.model.LinearModel;
import com.hankcs.hanlp.model.perceptron.tagset.NERTagSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Weights over another tag set (a BIO model of an older PolicyGraph) are refused when the model is made, not at decoding. */
class TaggerModelTagSetTest {
    @Test
    void aModelOfTheOldBioTagSetIsRefusedWithWhatToDo() {
        NERTagSet bio = new NERTagSet();
        for (String t : new String[] {"B-Park", "I-Park"}) bio.add(t);
        bio.lock();
        LinearModel old = new LinearModel(new ImmutableFeatureMap(Map.of(), bio), new float[bio.size() * (bio.size() + 1)]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TaggerModel(old, FeatureFamily.all(), "sha", TaggerTrainer.Settings.defaults()));
        assertTrue(e.getMessage().contains("retrain"), e.getMessage());
    }
}

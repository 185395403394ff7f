package org.policygraph.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.policygraph.Training;
import org.policygraph.recognise.tagger.FeatureFamily;
import org.policygraph.recognise.tagger.TaggerModel;

/** The model that ships is the one trained on the training data that ships. */
class BundledModelTest {

    @Test
    void theBundledModelWasTrainedOnTheCurrentTrainingData() throws Exception {
        assertTrue(TaggerModel.bundledAvailable(), "no model in the jar: run ./policygraph train");
        TaggerModel model = TaggerModel.bundled();
        String now = TrainingCorpus.sha256(Training.gold(), Training.reports());
        assertEquals(now, model.trainingSha256(),
                "training/ changed since the bundled model was trained: run ./policygraph train and commit the model");
    }

    @Test
    void theBundledModelUsesEveryFeatureFamilyAndTheDefaultSettings() {
        TaggerModel model = TaggerModel.bundled();
        assertEquals(FeatureFamily.all(), model.families());
        assertEquals(org.policygraph.recognise.tagger.TaggerTrainer.Settings.defaults(), model.settings());
        assertTrue(model.linearModel().featureMap.size() > 10_000, "a trained model has many features");
    }

    @Test
    void compressingDropsThatShareOfTheWeakestFeatures() {
        TaggerModel model = TaggerModel.bundled(); // a copy of its own: bundled() reads the jar each time
        int before = model.linearModel().featureMap.size();
        model.compress(0.5);
        int after = model.linearModel().featureMap.size();
        assertTrue(after <= before / 2 + 100 && after > before / 4, before + " features, then " + after);
    }
}

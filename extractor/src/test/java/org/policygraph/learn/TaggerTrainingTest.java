package org.policygraph.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.Corpus;
import org.policygraph.eval.GoldReport;
import org.policygraph.pipeline.Extractor;
import org.policygraph.pipeline.ExtractorSettings;
import org.policygraph.recognise.Mention;
import org.policygraph.recognise.tagger.FeatureFamily;
import org.policygraph.recognise.tagger.Recognition;
import org.policygraph.recognise.tagger.TaggerModel;
import org.policygraph.recognise.tagger.TaggerRecogniser;
import org.policygraph.recognise.tagger.TaggerTrainer;

/** Training on two sample reports: deterministic, learns what it was shown, survives writing and reading. */
class TaggerTrainingTest {
    private static List<TrainingReport> reports;
    private static TaggerTraining training;
    private static final TaggerTrainer.Settings SETTINGS = new TaggerTrainer.Settings(4, 7);

    @BeforeAll
    static void prepare() throws Exception {
        Extractor extractor = Extractor.standard(ExtractorSettings.defaults(), Recognition.rulesOnly());
        reports = new java.util.ArrayList<>();
        for (String name : List.of(Corpus.R000, Corpus.R003)) {
            Extractor.Prepared p = extractor.prepare(Corpus.path(name));
            GoldReport gold = GoldReport.read(org.policygraph.Training.gold().resolve(name + ".gold.json"));
            reports.add(new TrainingReport(name, p, gold, LabelProjection.tags(p.text(), gold)));
        }
        training = new TaggerTraining(FeatureFamily.all(), reports);
    }

    private static TaggerModel train(TaggerTrainer.Settings settings) {
        return training.train(List.of(Corpus.R000, Corpus.R003), settings, "test", null);
    }

    @Test
    void theSameDataAndSeedGiveTheSameWeightsAndAnotherSeedOthers() {
        float[] a = train(SETTINGS).linearModel().parameter;
        float[] b = train(SETTINGS).linearModel().parameter;
        assertArrayEquals(a, b);
        float[] c = train(new TaggerTrainer.Settings(4, 8)).linearModel().parameter;
        assertFalse(java.util.Arrays.equals(a, c), "the shuffle's seed changes the order of updates");
    }

    @Test
    void aModelFindsTheNamesOfTheReportsItWasTrainedOn() {
        TaggerModel model = train(SETTINGS);
        TrainingReport r = reports.get(0);
        List<Mention> found = new TaggerRecogniser(model).recognise(r.prepared().analysed(), r.prepared().ruleCandidates());
        long right = found.stream().filter(m -> {
            for (int i = m.start(); i < m.end(); i++) if (r.tags()[i] == 0) return false;
            return true;
        }).count();
        assertTrue(found.size() > 50, "found " + found.size());
        assertTrue(right > 0.8 * found.size(), right + " of " + found.size() + " inside gold spans");
        for (Mention m : found) assertEquals(r.prepared().text().substring(m.start(), m.end()), m.text());
    }

    @Test
    void aWrittenModelReadsBackAndTagsTheSame() throws Exception {
        TaggerModel model = train(SETTINGS);
        TrainingReport r = reports.get(1);
        List<Mention> before = new TaggerRecogniser(model).recognise(r.prepared().analysed(), r.prepared().ruleCandidates());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes, 0);
        TaggerModel read = TaggerModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals("test", read.trainingSha256());
        assertEquals(SETTINGS, read.settings());
        assertEquals(FeatureFamily.all(), read.families());
        List<Mention> after = new TaggerRecogniser(read).recognise(r.prepared().analysed(), r.prepared().ruleCandidates());
        assertEquals(before.stream().map(m -> m.start() + ":" + m.end() + m.type()).toList(),
                after.stream().map(m -> m.start() + ":" + m.end() + m.type()).toList());
    }
}

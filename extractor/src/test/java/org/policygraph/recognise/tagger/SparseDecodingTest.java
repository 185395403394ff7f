package org.policygraph.recognise.tagger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policygraph.Corpus;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.RealSegmentation;

/** Decoding from the weights without their zeros gives the dense weights' tags and scores, to the bit. */
class SparseDecodingTest {

    @Test
    void theBundledModelTagsASampleReportAlikeFromItsSparseWeights() {
        TaggerModel model = TaggerModel.bundled();
        float[] dense = model.linearModel().parameter;
        int tags = EntityTags.size();
        SparseWeights sparse = SparseWeights.of(dense, tags);
        AnalysedText at = RealSegmentation.analyse(Corpus.read(Corpus.R000));
        TaggerFeatures features = new TaggerFeatures(model.families(), at, List.of());
        int positions = 0, named = 0;
        for (Sequence seq : Sequence.of(at.text())) {
            int[][] ids = TaggerInstance.of(features.of(seq), null, model.featureIds()::idOf).featureMatrix;
            double[][] denseScores = new double[seq.length()][tags], sparseScores = new double[seq.length()][tags];
            int[] fromDense = Decoder.decode(dense, tags, ids, denseScores);
            int[] fromSparse = Decoder.decode(sparse, dense, tags, ids, sparseScores);
            assertArrayEquals(fromDense, fromSparse, "tags of " + at.text().substring(seq.start(), seq.end()));
            for (int i = 0; i < seq.length(); i++) assertArrayEquals(denseScores[i], sparseScores[i], 0.0);
            positions += seq.length();
            for (int t : fromDense) if (t != EntityTags.OUTSIDE) named++;
        }
        assertTrue(positions > 5_000 && named > 500, positions + " characters, " + named + " inside names");
    }

    @Test
    void onlyTheZerosAreLeftOut() {
        float[] dense = {0, 1.5f, 0, -2f, 0, 0, 0.25f, 0, 0};
        SparseWeights sparse = SparseWeights.of(dense, 3);
        double[] scores = new double[3];
        for (int f = 0; f < 3; f++) sparse.addTo(f, scores);
        assertArrayEquals(new double[] {-1.75, 1.5, 0}, scores, 0.0);
        double[] second = new double[3];
        sparse.addTo(2, second);
        assertEquals(0.25, second[0], 0.0);
        assertEquals(0, second[1] + second[2], 0.0);
    }
}

package org.policygraph.recognise.tagger;

import com.hankcs.hanlp.model.perceptron.model.LinearModel;
import java.util.ArrayList;
import java.util.List;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.Mention;

/**
 * The trained tagger as a source of mentions: each sequence of the text decoded, each tagged span a
 * mention, its confidence from the model's margin over tagging the run O. Reads the rules'
 * candidates as features, so it runs after them. Thread-safe: the model is only read.
 */
public final class TaggerRecogniser {
    public static final String NAME = "tagger";

    private final TaggerModel model;
    /** The model's features by fingerprint: HanLP's map reads back as a double-array trie, slow to look up in. */
    private final FeatureIds featureIds;
    private final SparseWeights weights;

    public TaggerRecogniser(TaggerModel model) {
        this.model = model;
        this.featureIds = model.featureIds();
        this.weights = model.sparseWeights();
    }

    public List<Mention> recognise(AnalysedText at, List<Mention> ruleCandidates) {
        TaggerFeatures features = new TaggerFeatures(model.families(), at, ruleCandidates);
        LinearModel lm = model.linearModel();
        int tags = lm.featureMap.tagSet.size();
        String text = at.text();
        List<Mention> out = new ArrayList<>();
        for (Sequence seq : Sequence.of(text)) {
            double[][] emit = new double[seq.length()][tags];
            int[] best = Decoder.decode(weights, lm.parameter, tags, features.ids(seq, featureIds), emit);
            for (EntityTags.Span span : EntityTags.spans(best)) {
                double margin = 0;
                for (int k = span.start(); k < span.end(); k++) margin += emit[k][best[k]] - emit[k][EntityTags.OUTSIDE];
                double confidence = 1 / (1 + Math.exp(-margin / (span.end() - span.start())));
                int start = seq.start() + span.start(), end = OpenBrackets.closedEnd(text, start, seq.start() + span.end());
                out.add(new Mention(start, end, text.substring(start, end), span.type(), confidence, NAME));
            }
        }
        return out;
    }
}

package org.policygraph.recognise.tagger;

import com.hankcs.hanlp.model.perceptron.model.LinearModel;
import java.util.ArrayList;
import java.util.List;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.Mention;

/**
 * The trained tagger as a source of mentions: each sequence of the text decoded, each B-/I- run a
 * mention, its confidence from the model's margin over tagging the run O. Reads the rules'
 * candidates as features, so it runs after them. Thread-safe: the model is only read.
 */
public final class TaggerRecogniser {
    public static final String NAME = "tagger";

    private final TaggerModel model;

    public TaggerRecogniser(TaggerModel model) {
        this.model = model;
    }

    public List<Mention> recognise(AnalysedText at, List<Mention> ruleCandidates) {
        TaggerFeatures features = new TaggerFeatures(model.families(), at, ruleCandidates);
        LinearModel lm = model.linearModel();
        int tags = lm.featureMap.tagSet.size();
        String text = at.text();
        List<Mention> out = new ArrayList<>();
        for (Sequence seq : Sequence.of(text)) {
            TaggerInstance instance = TaggerInstance.of(features.of(seq), null, lm.featureMap);
            double[][] emit = new double[seq.length()][tags];
            int[] best = Decoder.decode(lm.parameter, tags, instance.featureMatrix, emit);
            int i = 0;
            while (i < best.length) {
                if (!EntityTags.isBegin(best[i])) {
                    i++;
                    continue;
                }
                EntityType type = EntityTags.typeOf(best[i]);
                int j = i + 1;
                while (j < best.length && best[j] == EntityTags.inside(type)) j++;
                double margin = 0;
                for (int k = i; k < j; k++) margin += emit[k][best[k]] - emit[k][EntityTags.OUTSIDE];
                double confidence = 1 / (1 + Math.exp(-margin / (j - i)));
                int start = seq.start() + i, end = seq.start() + j;
                out.add(new Mention(start, end, text.substring(start, end), type, confidence, NAME));
                i = j;
            }
        }
        return out;
    }
}

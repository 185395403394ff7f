package org.policygraph.recognise.tagger;

import java.util.List;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.Mention;

/**
 * Which candidates go on to merging: the rules' own spans, or the tagger's, which reads the rules'
 * spans as features. Adding the rules' spans (gazetteer, 《》 titles or all of them) beside the
 * tagger's was measured by cross-validation and did not help (README, "Extraction quality"), so
 * a model's spans stand alone.
 */
public final class Recognition {
    private final TaggerRecogniser tagger;

    private Recognition(TaggerRecogniser tagger) {
        this.tagger = tagger;
    }

    public static Recognition rulesOnly() {
        return new Recognition(null);
    }

    public static Recognition withModel(TaggerModel model) {
        return new Recognition(new TaggerRecogniser(model));
    }

    public List<Mention> choose(AnalysedText analysed, List<Mention> ruleCandidates) {
        return tagger == null ? ruleCandidates : tagger.recognise(analysed, ruleCandidates);
    }
}

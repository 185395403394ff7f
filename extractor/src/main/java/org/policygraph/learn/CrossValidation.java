package org.policygraph.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.policygraph.eval.Evaluation;
import org.policygraph.eval.Evaluator;
import org.policygraph.eval.GoldReport;
import org.policygraph.pipeline.ExtractedReport;
import org.policygraph.pipeline.Extractor;
import org.policygraph.recognise.tagger.Recognition;
import org.policygraph.recognise.tagger.TaggerModel;

/**
 * K-fold cross-validation by report: the reports sorted by file name and dealt round-robin into
 * K fixed folds (so the sample reports, whose names sort first, land in different folds); each
 * fold scored by a model trained on the others; the counts pooled over all held-out reports.
 */
public final class CrossValidation {

    /** The pooled evaluation and each fold's own. */
    public record Result(Evaluation pooled, List<Evaluation> folds, List<List<String>> foldReports) {}

    /** Told as each fold starts. */
    public interface Listener {
        void fold(int index, int total, List<String> heldOut);
    }

    public static List<List<String>> folds(List<String> reportNames, int k) {
        if (k < 2) throw new IllegalArgumentException("cross-validation needs at least 2 folds: " + k);
        List<String> sorted = new ArrayList<>(reportNames);
        sorted.sort(null);
        if (k > sorted.size()) throw new IllegalArgumentException(k + " folds but only " + sorted.size() + " reports");
        List<List<String>> folds = new ArrayList<>();
        for (int i = 0; i < k; i++) folds.add(new ArrayList<>());
        for (int i = 0; i < sorted.size(); i++) folds.get(i % k).add(sorted.get(i));
        return folds;
    }

    /**
     * @param recognition how a fold's model joins the rules (a rules-only run ignores the model)
     * @param train       trains a model on the named reports
     */
    public static Result run(List<TrainingReport> corpus, int k, Extractor extractor, Function<TaggerModel, Recognition> recognition,
                             Function<List<String>, TaggerModel> train, Listener listener) {
        Map<String, TrainingReport> byName = new TreeMap<>();
        for (TrainingReport r : corpus) byName.put(r.fileName(), r);
        List<List<String>> folds = folds(new ArrayList<>(byName.keySet()), k);
        List<ExtractedReport> all = new ArrayList<>();
        List<GoldReport> allGold = new ArrayList<>();
        List<Evaluation> perFold = new ArrayList<>();
        for (int f = 0; f < folds.size(); f++) {
            List<String> heldOut = folds.get(f);
            if (listener != null) listener.fold(f + 1, folds.size(), heldOut);
            List<String> training = new ArrayList<>(byName.keySet());
            training.removeAll(heldOut);
            Recognition rec = recognition.apply(train == null ? null : train.apply(training));
            List<ExtractedReport> extracted = new ArrayList<>();
            List<GoldReport> golds = new ArrayList<>();
            for (String name : heldOut) {
                TrainingReport r = byName.get(name);
                extracted.add(extractor.extract(r.prepared(), rec));
                golds.add(r.gold());
            }
            perFold.add(new Evaluator().evaluate(extracted, golds));
            all.addAll(extracted);
            allGold.addAll(golds);
        }
        return new Result(new Evaluator().evaluate(all, allGold), perFold, folds);
    }
}

package org.policygraph.recognise.tagger;

import com.hankcs.hanlp.model.perceptron.feature.FeatureMap;
import com.hankcs.hanlp.model.perceptron.model.AveragedPerceptron;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Trains the tagger with HanLP's structured averaged perceptron ({@link AveragedPerceptron}: its
 * lazy-averaging update and {@code average}), in the loop of HanLP's {@code PerceptronTrainer}
 * (decode, update every position whose gold and guessed features differ, average at the end),
 * with a fixed seed for the shuffle so that the same data always gives the same model.
 */
public final class TaggerTrainer {

    /** Typed settings of a training run. */
    public record Settings(int iterations, long seed) {
        public static final int DEFAULT_ITERATIONS = 40;
        public static final long DEFAULT_SEED = 20261201L;

        public static Settings defaults() {
            return new Settings(DEFAULT_ITERATIONS, DEFAULT_SEED);
        }

        public Settings {
            if (iterations < 1) throw new IllegalArgumentException("iterations must be at least 1: " + iterations);
        }
    }

    /** Told after each iteration. */
    public interface Listener {
        void iteration(int done, int total, double trainingTagAccuracy, long millis);
    }

    private final Settings settings;

    public TaggerTrainer(Settings settings) {
        this.settings = settings;
    }

    /** The averaged weights for the instances, over the feature map they were built with. */
    public AveragedPerceptron train(List<TaggerInstance> instances, FeatureMap map, Listener listener) {
        int tags = map.tagSet.size();
        AveragedPerceptron model = new AveragedPerceptron(map);
        double[] total = new double[model.parameter.length];
        int[] timestamp = new int[model.parameter.length];
        List<TaggerInstance> order = new ArrayList<>(instances);
        Random random = new Random(settings.seed());
        int current = 0;
        for (int iter = 1; iter <= settings.iterations(); iter++) {
            long t0 = System.nanoTime();
            Collections.shuffle(order, random);
            long right = 0, all = 0;
            for (TaggerInstance instance : order) {
                ++current;
                int[] gold = instance.tagArray;
                int[] guess = Decoder.decode(model.parameter, tags, instance.featureMatrix, null);
                for (int i = 0; i < gold.length; i++) {
                    all++;
                    int goldPrev = i == 0 ? tags : gold[i - 1], guessPrev = i == 0 ? tags : guess[i - 1];
                    if (gold[i] == guess[i]) right++;
                    if (gold[i] == guess[i] && goldPrev == guessPrev) continue;
                    int[] f = instance.featureMatrix[i];
                    int[] goldIndex = new int[f.length + 1], guessIndex = new int[f.length + 1];
                    for (int j = 0; j < f.length; j++) {
                        goldIndex[j] = f[j] * tags + gold[i];
                        guessIndex[j] = f[j] * tags + guess[i];
                    }
                    goldIndex[f.length] = goldPrev * tags + gold[i];
                    guessIndex[f.length] = guessPrev * tags + guess[i];
                    model.update(goldIndex, guessIndex, total, timestamp, current);
                }
            }
            if (listener != null) listener.iteration(iter, settings.iterations(), all == 0 ? 1 : (double) right / all,
                    (System.nanoTime() - t0) / 1_000_000);
        }
        model.average(total, timestamp, current);
        return model;
    }
}

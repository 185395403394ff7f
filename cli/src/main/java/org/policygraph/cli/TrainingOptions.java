package org.policygraph.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.policygraph.recognise.tagger.FeatureFamily;
import org.policygraph.recognise.tagger.TaggerTrainer;
import picocli.CommandLine.Option;

/** The training settings train and eval --folds share. */
final class TrainingOptions {
    @Option(names = "--iterations", paramLabel = "N", defaultValue = "" + TaggerTrainer.Settings.DEFAULT_ITERATIONS,
            description = "Training iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + TaggerTrainer.Settings.DEFAULT_SEED,
            description = "Seed of the training shuffle (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--without", paramLabel = "FAMILY", split = ",",
            description = "Train without these feature families, for an ablation (${COMPLETION-CANDIDATES}).")
    List<FeatureFamily> without = new ArrayList<>();

    @Option(names = "--compress", paramLabel = "R", defaultValue = "" + ModelTraining.DEFAULT_COMPRESS,
            description = "Share of the weakest features dropped from the model (HanLP's LinearModel.compress), 0 to keep all "
                    + "(default: ${DEFAULT-VALUE}); with eval --folds, from each fold's model.")
    double compress;

    /** The families of {@code base} less those left out. */
    Set<FeatureFamily> families(Set<FeatureFamily> base) {
        Set<FeatureFamily> out = base.isEmpty() ? EnumSet.noneOf(FeatureFamily.class) : EnumSet.copyOf(base);
        without.forEach(out::remove);
        return out;
    }

    /** @throws IllegalArgumentException for a share outside [0, 1) */
    double compress() {
        if (compress < 0 || compress >= 1) throw new IllegalArgumentException("--compress must be at least 0 and below 1: " + compress);
        return compress;
    }

    /** @throws IllegalArgumentException for fewer than one iteration */
    TaggerTrainer.Settings settings() {
        return new TaggerTrainer.Settings(iterations, seed);
    }
}

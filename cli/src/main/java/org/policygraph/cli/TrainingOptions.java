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

    /** The families of {@code base} less those left out. */
    Set<FeatureFamily> families(Set<FeatureFamily> base) {
        Set<FeatureFamily> out = base.isEmpty() ? EnumSet.noneOf(FeatureFamily.class) : EnumSet.copyOf(base);
        without.forEach(out::remove);
        return out;
    }

    /** @throws IllegalArgumentException for fewer than one iteration */
    TaggerTrainer.Settings settings() {
        return new TaggerTrainer.Settings(iterations, seed);
    }
}

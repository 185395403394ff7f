package org.policygraph.cli;

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

    /** @throws IllegalArgumentException for fewer than one iteration */
    TaggerTrainer.Settings settings() {
        return new TaggerTrainer.Settings(iterations, seed);
    }
}

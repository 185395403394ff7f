package org.policygraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.policygraph.eval.Evaluation;
import org.policygraph.learn.Ablation;
import org.policygraph.learn.TrainingCorpus;
import org.policygraph.pipeline.Extractor;
import org.policygraph.read.UnreadableInputException;
import org.policygraph.recognise.tagger.Recognition;
import org.policygraph.recognise.tagger.TaggerModel;
import org.policygraph.recognise.tagger.TaggerTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code policygraph train}: projects the gold annotations, trains the tagger, writes the model. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train the entity tagger (HanLP's averaged perceptron) on annotated reports and write the model.",
                "Deterministic: the same data, iterations and seed give the same model. Prints progress, the fit on the",
                "training data (not a measure of quality: use eval --folds for that) and the time."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:model written", "1:a report could not be read", "3:the gold or output could not be used"})
final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "DIR", description = "Folder of <report>.gold.json files (default: training/gold).")
    Path goldDir;

    @Option(names = "--reports", paramLabel = "DIR", description = "Folder holding the reports they name (default: training/reports).")
    Path reportDir;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Where the model goes (default: the model bundled with the extractor, "
                    + "extractor/src/main/resources/org/policygraph/recognise/tagger/" + TaggerModel.BUNDLED + ").")
    Path out;

    @Mixin
    TrainingOptions trainingOptions;

    @Mixin
    ExtractionOptions extraction;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Path home = ProjectHome.get();
        Path gold = goldDir != null ? goldDir : home.resolve("training/gold");
        Path reports = reportDir != null ? reportDir : home.resolve("training/reports");
        Path target = out != null ? out : home.resolve("extractor/src/main/resources/org/policygraph/recognise/tagger").resolve(TaggerModel.BUNDLED);
        Progress progress = new Progress(err, "train");
        long t0 = System.nanoTime();
        try {
            TaggerTrainer.Settings settings = trainingOptions.settings();
            Extractor extractor = Extractor.standard(extraction.settings(), Recognition.rulesOnly());
            TrainingCorpus corpus = ModelTraining.load(gold, reports, extractor, progress);
            TaggerModel model = ModelTraining.train(corpus, trainingOptions.families(Ablation.BOTH.families()), settings, progress);
            Path parent = target.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, "." + target.getFileName(), ".part");
            try (OutputStream os = Files.newOutputStream(tmp)) {
                model.write(os, trainingOptions.compress());
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            target.toFile().setReadable(true, false);
            Evaluation fit;
            try (java.io.InputStream written = Files.newInputStream(target)) {
                // the fit of the model as written, so that a compressed model is scored as it ships
                fit = ModelTraining.fit(corpus, extractor, TaggerModel.read(written));
            }
            progress.note(String.format("fit on the training data (what it learnt, not a measure of quality: eval --folds measures): "
                    + "entity F1 %.3f, link F1 %.3f", fit.all().f1(), fit.links().f1()));
            progress.note(String.format("wrote %s (%.1f MB) in %.0f s", target, Files.size(target) / 1e6, (System.nanoTime() - t0) / 1e9));
            return ExitCodes.OK;
        } catch (UnreadableInputException e) {
            err.println("policygraph train: " + e.getMessage());
            return ExitCodes.INPUT_FAILED;
        } catch (IOException | IllegalArgumentException e) {
            err.println("policygraph train: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }
}

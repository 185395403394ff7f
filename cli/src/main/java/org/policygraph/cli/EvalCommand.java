package org.policygraph.cli;

import java.util.Map;
import org.policygraph.learn.Ablation;
import org.policygraph.learn.CrossValidation;
import org.policygraph.learn.TaggerTraining;
import org.policygraph.learn.TrainingCorpus;
import org.policygraph.pipeline.Extractor;
import org.policygraph.read.UnreadableInputException;
import org.policygraph.recognise.tagger.Recognition;
import org.policygraph.recognise.tagger.TaggerTrainer;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.policygraph.eval.Evaluation;
import org.policygraph.eval.Evaluator;
import org.policygraph.eval.GoldReport;
import org.policygraph.pipeline.BatchExtraction;
import org.policygraph.pipeline.ExtractedReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code policygraph eval GOLD_DIR REPORT_DIR}: precision, recall and F1 of extraction against gold annotations. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score extraction against gold annotations (one <report>.gold.json per report, format of gold/GUIDELINES.md).",
                "Prints precision, recall and F1 per entity type, for tasks and for task-entity links."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:scored", "1:a report named by a gold file could not be read", "3:a gold file is missing or invalid",
                "4:entity F1 below --min-entity-f1"})
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GOLD_DIR", description = "Folder of <report>.gold.json files.")
    Path goldDir;

    @Parameters(index = "1", paramLabel = "REPORT_DIR", description = "Folder holding the reports the gold files name.")
    Path reportDir;

    @Option(names = "--verbose", description = "List every missed and spurious entity and missed task.")
    boolean verbose;

    @Option(names = "--min-entity-f1", paramLabel = "F", description = "Exit 4 when entity F1 is below F (for CI gates).")
    Double minEntityF1;

    @Option(names = "--folds", paramLabel = "K",
            description = "Cross-validate: train the tagger on K-1 folds of the reports, score the held-out fold, for each fold; "
                    + "print the pooled table and each fold's entity F1.")
    Integer folds;

    @Option(names = "--recognition", paramLabel = "WAY", split = ",", defaultValue = "both",
            description = "With --folds: rules, model, both, or a list (rules,model,both) for an ablation from one run (default: ${DEFAULT-VALUE}).")
    List<String> recognition;

    @Mixin
    TrainingOptions trainingOptions;

    @Mixin
    ExtractionOptions extraction;

    @Override
    public Integer call() {
        if (folds != null) return crossValidate();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<GoldReport> golds = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(goldDir, "*.gold.json")) {
            for (Path g : ds) {
                GoldReport gold = GoldReport.read(g);
                golds.add(gold);
                files.add(reportDir.resolve(gold.document()));
            }
        } catch (IOException e) {
            err.println("policygraph eval: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        if (golds.isEmpty()) {
            err.println("policygraph eval: no *.gold.json files in " + goldDir);
            return ExitCodes.FAILED;
        }
        golds.sort(java.util.Comparator.comparing(GoldReport::document));
        files.sort(null);
        Progress progress = new Progress(err, "eval");
        List<ExtractedReport> reports = new ArrayList<>();
        List<UnreadableInputException> failures = new BatchExtraction(extraction.extractor(progress), extraction.threads).run(files, reports::add, progress);
        Evaluation ev = new Evaluator().evaluate(reports, golds);
        out.print(ev.table());
        if (verbose) ev.misses().forEach(out::println);
        if (!failures.isEmpty()) return ExitCodes.INPUT_FAILED;
        if (minEntityF1 != null && ev.all().f1() < minEntityF1) {
            err.printf("policygraph eval: entity F1 %.3f is below %.3f%n", ev.all().f1(), minEntityF1);
            return ExitCodes.NOT_CONFORMING;
        }
        return ExitCodes.OK;
    }

    private Integer crossValidate() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err, "eval");
        List<Ablation> ways = new ArrayList<>();
        TaggerTrainer.Settings settings;
        double compress;
        try {
            settings = trainingOptions.settings();
            compress = trainingOptions.compress();
            for (String r : recognition) ways.add(Ablation.parse(r.strip()));
            CrossValidation.folds(java.util.Collections.nCopies(Math.max(folds, 2), "x"), folds);
        } catch (IllegalArgumentException e) {
            err.println("policygraph eval: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        TrainingCorpus corpus;
        Extractor extractor = Extractor.standard(extraction.settings(), Recognition.rulesOnly());
        try {
            corpus = ModelTraining.load(goldDir, reportDir, extractor, progress);
        } catch (UnreadableInputException e) {
            err.println("policygraph eval: " + e.getMessage());
            return ExitCodes.INPUT_FAILED;
        } catch (IOException e) {
            err.println("policygraph eval: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        if (folds > corpus.reports().size()) {
            err.println("policygraph eval: " + folds + " folds but only " + corpus.reports().size() + " reports");
            return ExitCodes.USAGE;
        }
        Map<Ablation, Evaluation> pooled = new java.util.LinkedHashMap<>();
        for (Ablation way : ways) {
            TaggerTraining training = way.trainsModel() ? ModelTraining.features(corpus.reports(), trainingOptions.families(way.families()), progress) : null;
            CrossValidation.Result result = CrossValidation.run(corpus.reports(), folds, extractor, way.recognition(),
                    training == null ? null : names -> training.train(names, settings, corpus.sha256(), ModelTraining.listener(progress)).compress(compress),
                    (i, n, heldOut) -> progress.note(way.label() + ": fold " + i + "/" + n + " held out: " + String.join(" ", heldOut)));
            out.printf("%d-fold cross-validation, %s (%d reports, trained on the other folds each time):%n", folds, way.label(),
                    corpus.reports().size());
            out.print(result.pooled().table());
            for (int i = 0; i < result.folds().size(); i++) {
                out.printf("fold %d entity-F1 %.3f link-F1 %.3f (%s)%n", i + 1, result.folds().get(i).all().f1(),
                        result.folds().get(i).links().f1(), String.join(" ", result.foldReports().get(i)));
            }
            if (verbose) result.pooled().misses().forEach(out::println);
            out.println();
            out.flush();
            pooled.put(way, result.pooled());
        }
        if (pooled.size() > 1) {
            out.printf("%-18s %9s %9s %9s%n", "recognition", "entity-F1", "link-F1", "task-F1");
            pooled.forEach((way, ev) -> out.printf("%-18s %9.3f %9.3f %9.3f%n", way.label(), ev.all().f1(), ev.links().f1(), ev.tasks().f1()));
        }
        return ExitCodes.OK;
    }
}

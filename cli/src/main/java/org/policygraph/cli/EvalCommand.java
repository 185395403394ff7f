package org.policygraph.cli;

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
import org.policygraph.read.UnreadableInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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

    @Mixin
    ExtractionOptions extraction;

    @Override
    public Integer call() {
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
}

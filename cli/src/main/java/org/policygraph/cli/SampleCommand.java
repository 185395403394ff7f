package org.policygraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.policygraph.eval.RelationSample;
import org.policygraph.pipeline.BatchExtraction;
import org.policygraph.pipeline.InputFiles;
import org.policygraph.read.UnreadableInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code policygraph sample}: role links and figures drawn at random with their sentences, to judge precision by hand. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Print role links and figures drawn at random, each with its sentence and the words it was read from marked 【…】, for a hand check of precision.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:sample printed", "1:some input could not be read (the rest was sampled)", "2:wrong command line"})
final class SampleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--roles", defaultValue = "50", paramLabel = "N", description = "Role links to draw (default ${DEFAULT-VALUE}).")
    int roles;

    @Option(names = "--figures", defaultValue = "50", paramLabel = "N", description = "Figures to draw (default ${DEFAULT-VALUE}).")
    int figures;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Random seed; the same seed draws the same sample (default ${DEFAULT-VALUE}).")
    long seed;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Report files or folders (default: the project's corpus/).")
    List<Path> inputs;

    @Mixin
    ExtractionOptions extraction;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (roles < 0 || figures < 0) {
            err.println("policygraph sample: --roles and --figures must not be negative");
            return ExitCodes.USAGE;
        }
        Progress progress = new Progress(err, "sample");
        InputFiles.Scan scan;
        try {
            scan = ReportInputs.scan(inputs == null || inputs.isEmpty() ? List.of(ProjectHome.corpus()) : inputs, progress);
        } catch (IOException e) {
            err.println("policygraph sample: cannot list inputs: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        RelationSample sample = new RelationSample();
        List<UnreadableInputException> failures = new BatchExtraction(extraction.extractor(progress), extraction.threads).run(scan.files(), sample::add, progress);
        sample.print(spec.commandLine().getOut(), roles, figures, seed);
        return failures.isEmpty() && scan.unreadable().isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
    }
}

package org.policygraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.policygraph.load.IncrementalLoader;
import org.policygraph.load.LoadResult;
import org.policygraph.load.ReportGraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code policygraph load [--data DIR | --endpoint URL] INPUT...}: adds or replaces the graphs of
 * the reports given, in the local data folder or on a running server, leaving every other report
 * as it is.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Add or replace the graphs of reports in the dataset, leaving every other report as it is; the text index follows.",
                "Offline into the data folder (stop the server first), or into a running server with --endpoint: each report's "
                        + "named graph is PUT over the Graph Store Protocol, which replaces it in one transaction.",
                "A report whose file is unchanged since it was loaded is not extracted again."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input loaded (or unchanged)", "1:some input could not be read (the rest was loaded)",
                "2:wrong command line", "3:the data folder or the server could not be used"})
final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    PolicyGraphCli root;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Report files or folders (searched recursively for .txt, .html, .docx, .pdf).")
    List<Path> inputs;

    @Mixin
    StoreOptions where;

    @Mixin
    ExtractionOptions extraction;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StoreCommands commands = new StoreCommands("load", err);
        if (where.problem() != null) return commands.usage(where.problem());
        Progress progress = new Progress(err, "load");
        try (ReportGraphStore store = where.open(root.environment())) {
            LoadResult loaded = new IncrementalLoader(store, () -> extraction.extractor(progress), extraction.settings()).load(inputs, progress);
            progress.note(String.format("%d extracted and stored, %d unchanged, %d could not be read",
                    loaded.extracted().size(), loaded.unchanged().size(), loaded.failures().size()));
            commands.printHolding(out, where.describe(), store.summary());
            return loaded.failures().isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
        } catch (IOException | RuntimeException e) {
            return commands.failed(where, e);
        }
    }
}

package org.policygraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.policygraph.load.IncrementalLoader;
import org.policygraph.load.LoadResult;
import org.policygraph.load.StoreSummary;
import org.policygraph.pipeline.InputFiles;
import org.policygraph.serve.PolicyGraphServer;
import org.policygraph.serve.ServerSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code policygraph serve [--data DIR] [--port N] [INPUT...]}: extracts the reports that changed
 * since the last run into a TDB2 dataset, then serves it with Fuseki until stopped.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Extract reports into a persistent TDB2 dataset and serve it with Fuseki: SPARQL at "
                + "http://localhost:PORT/policygraph/sparql, the Fuseki web UI at http://localhost:PORT/. Runs until Ctrl-C.",
                "A report whose file bytes are unchanged since it was loaded is not extracted again; the dataset "
                        + "follows the inputs, so reports no longer among them are removed."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"2:wrong command line", "3:no inputs, or the data folder or the port could not be used",
                "130:stopped with Ctrl-C (143 when stopped with SIGTERM)"})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "TDB2 data folder (default: data/tdb2 in the project folder).")
    Path data;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + ServerSettings.DEFAULT_PORT,
            description = "HTTP port on localhost (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Parameters(arity = "0..*", paramLabel = "INPUT",
            description = "Report files or folders (default: the project's corpus folder).")
    List<Path> inputs;

    @Mixin
    ExtractionOptions extraction;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err, "serve");
        Path home = ProjectHome.get();
        ServerSettings settings = settings(home);

        List<Path> files;
        try {
            files = reportFiles(home);
        } catch (IOException e) {
            err.println("policygraph serve: cannot list inputs: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        if (files.isEmpty()) {
            err.println("policygraph serve: no report files (.txt, .html, .docx, .pdf) in " + inputsOrCorpus(home));
            return ExitCodes.FAILED;
        }

        PolicyGraphServer server;
        try {
            server = PolicyGraphServer.open(settings);
        } catch (IOException | RuntimeException e) {
            err.println("policygraph serve: cannot open the data folder " + settings.dataDir() + ": " + e.getMessage()
                    + " (is another server using it?)");
            return ExitCodes.FAILED;
        }
        try {
            progress.note("loading " + files.size() + " reports into " + settings.dataDir());
            LoadResult loaded = new IncrementalLoader(server.store(), () -> extraction.extractor(progress), extraction.settings())
                    .load(files, progress);
            progress.note(String.format("%d extracted, %d unchanged, %d removed, %d could not be read",
                    loaded.extracted().size(), loaded.unchanged().size(), loaded.removed().size(), loaded.failures().size()));
            try {
                server.start();
            } catch (RuntimeException e) {
                err.println("policygraph serve: cannot start the server on port " + port + ": " + rootMessage(e)
                        + " (choose another with --port)");
                return ExitCodes.FAILED;
            }
            printBanner(out, server, settings, server.store().summary());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                progress.note("stopping…");
                server.close();
            }, "policygraph-serve-stop"));
            server.join();
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println("policygraph serve: cannot read inputs: " + e.getMessage());
            return ExitCodes.FAILED;
        } finally {
            server.close();
        }
    }

    private ServerSettings settings(Path home) {
        try {
            return ServerSettings.of(port, data != null ? data.toAbsolutePath() : ProjectHome.defaultDatabase());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private List<Path> reportFiles(Path home) throws IOException {
        List<Path> in = inputsOrCorpus(home);
        for (Path p : in) {
            if (!Files.exists(p)) throw new IOException("no such file or folder: " + p);
        }
        return InputFiles.expand(in);
    }

    private List<Path> inputsOrCorpus(Path home) {
        return inputs == null || inputs.isEmpty() ? List.of(home.resolve("corpus")) : inputs;
    }

    private static void printBanner(PrintWriter out, PolicyGraphServer server, ServerSettings settings, StoreSummary s) {
        out.println();
        out.println("PolicyGraph is serving " + s.reports() + " reports");
        out.println("  SPARQL endpoint: " + server.sparqlUrl() + "   (also " + server.serverUrl() + settings.datasetName() + "/query)");
        if (server.hasUi()) out.println("  Fuseki web UI:   " + server.serverUrl() + "   (query page: " + server.uiQueryUrl() + ")");
        out.println("  Data folder:     " + settings.dataDir());
        out.printf("  %d reports, %d tasks, %d mentions, %d entities, %d triples%n",
                s.reports(), s.tasks(), s.mentions(), s.entities(), s.triples());
        out.println("  Entities by type: " + byType(s.entitiesByType()));
        out.println("Stop with Ctrl-C.");
        out.flush();
    }

    private static String byType(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}

package org.policygraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.jena.fuseki.server.Operation;
import org.policygraph.auth.AdminCredentials;
import org.policygraph.auth.PasswordFile;
import org.policygraph.load.IncrementalLoader;
import org.policygraph.load.LoadResult;
import org.policygraph.load.StoreSummary;
import org.policygraph.pipeline.InputFiles;
import org.policygraph.serve.PolicyGraphServer;
import org.policygraph.serve.explorer.ExplorerWarmUp;
import org.policygraph.serve.ServerSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code policygraph serve [--data DIR] [--config FILE] [--port N] [--prune] [INPUT...]}: extracts
 * the reports that changed since the last run into the dataset of the configuration (TDB2 with its
 * text index), then serves it with Fuseki until stopped.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Extract reports into a persistent TDB2 dataset with a Chinese full-text index and serve it with Fuseki: "
                + "SPARQL at http://localhost:PORT/policygraph/sparql, the explorer at http://localhost:PORT/explore/, the Fuseki web UI at http://localhost:PORT/. Runs until Ctrl-C.",
                "A report whose file bytes are unchanged since it was loaded is not extracted again; reports loaded "
                        + "from elsewhere (policygraph load) stay unless --prune is given.",
                "Updates (/policygraph/update, /policygraph/data) need user admin; the password is "
                        + AdminCredentials.PASSWORD_VARIABLE + ", or the password file the server names when it starts."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"2:wrong command line", "3:no inputs, or the data folder or the port could not be used",
                "130:stopped with Ctrl-C (143 when stopped with SIGTERM)"})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "The data folder: TDB2, with the text index inside (default: data/tdb2 in the project folder).")
    Path data;

    @Option(names = "--config", paramLabel = "FILE",
            description = "A Fuseki assembler file to serve instead of fuseki-config/config.ttl (relative paths in it are inside the data folder).")
    Path config;

    @Option(names = "--prune", description = "Also remove stored reports whose file is not among the inputs.")
    boolean prune;

    @ParentCommand
    PolicyGraphCli root;

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
        AdminCredentials admin;
        try {
            admin = AdminCredentials.forServer(root.environment(), PasswordFile.inConfigHome(root.environment()));
        } catch (RuntimeException e) {
            err.println("policygraph serve: " + e.getMessage() + (e.getCause() == null ? "" : ": " + e.getCause().getMessage()));
            return ExitCodes.FAILED;
        }
        ServerSettings settings = settings(admin);

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
        } catch (IllegalArgumentException e) {
            err.println("policygraph serve: " + e.getMessage());
            return ExitCodes.FAILED;
        } catch (IOException | RuntimeException e) {
            err.println("policygraph serve: cannot open the data folder " + settings.dataDir() + ": " + Causes.rootMessage(e)
                    + " (is another server using it?)");
            return ExitCodes.FAILED;
        }
        try {
            progress.note("loading " + files.size() + " reports into " + settings.dataDir());
            IncrementalLoader loader = new IncrementalLoader(server.store(), () -> extraction.extractor(progress), extraction.settings());
            // the inputs as given, so that a folder that cannot be listed is named (and nothing pruned)
            List<Path> in = inputsOrCorpus(home);
            LoadResult loaded = prune ? loader.loadAndPrune(in, progress) : loader.load(in, progress);
            progress.note(String.format("%d extracted, %d unchanged, %d removed, %d could not be read",
                    loaded.extracted().size(), loaded.unchanged().size(), loaded.removed().size(), loaded.failures().size()));
            try {
                server.start();
            } catch (RuntimeException e) {
                err.println("policygraph serve: cannot start the server on port " + port + ": " + Causes.rootMessage(e)
                        + " (choose another with --port)");
                return ExitCodes.FAILED;
            }
            printBanner(out, server, settings, server.store().summary());
            // the explorer's first pages answer as fast as the later ones once the JIT has seen its queries
            ExplorerWarmUp.start(server.sparqlUrl(), ExplorerWarmUp.DEFAULT_ROUNDS, ExplorerWarmUp.DEFAULT_BUDGET).whenComplete((r, e) -> {
                if (e != null) progress.note("explorer warm-up stopped: " + Causes.rootMessage(e));
                else if (r.queries() > 0) progress.note(String.format("explorer warmed up: %d queries in %.1f s", r.queries(), r.millis() / 1000.0));
            });
            if (admin.madeNow()) {
                progress.note("made a password for user admin in " + PasswordFile.inConfigHome(root.environment()).path()
                        + " (readable by you only); give it to whoever loads reports, or set " + AdminCredentials.PASSWORD_VARIABLE);
            }
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

    private ServerSettings settings(AdminCredentials admin) {
        try {
            Path folder = data != null ? data.toAbsolutePath() : ProjectHome.defaultDatabase();
            return new ServerSettings(port, folder, config, admin, true);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private List<Path> reportFiles(Path home) throws IOException {
        List<Path> in = inputsOrCorpus(home);
        for (Path p : in) {
            if (!Files.exists(p)) throw new IOException("no such file or folder: " + p);
        }
        // only to count them: the loader walks the inputs again and names a folder it cannot list
        return InputFiles.scan(in).files();
    }

    private List<Path> inputsOrCorpus(Path home) {
        return inputs == null || inputs.isEmpty() ? List.of(home.resolve("corpus")) : inputs;
    }

    private static void printBanner(PrintWriter out, PolicyGraphServer server, ServerSettings settings, StoreSummary s) {
        out.println();
        out.println("PolicyGraph is serving " + s.reports() + " reports");
        List<String> queryUrls = server.endpointUrls(Operation.Query).stream().filter(u -> !u.equals(server.sparqlUrl())).toList();
        out.println("  SPARQL endpoint: " + server.sparqlUrl() + (queryUrls.isEmpty() ? "" : "   (also " + String.join(", ", queryUrls) + ")"));
        out.println("  Explorer:        " + server.explorerUrl() + "   (search, entity, task and report pages)");
        if (server.hasUi()) out.println("  Fuseki web UI:   " + server.serverUrl() + "   (query page: " + server.uiQueryUrl() + ")");
        out.println("  Writes (admin):  " + String.join(", ", server.writeUrls()) + "   (user admin, password from "
                + settings.credentials().source() + ")");
        out.println("  Data folder:     " + settings.dataDir() + "   (configuration: " + server.configOrigin() + ")");
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
}

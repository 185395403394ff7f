package org.policygraph.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code policygraph} command: extract, serve, load, remove, query, validate, eval. */
@Command(name = "policygraph", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Turns Chinese government work reports into an RDF knowledge graph and serves it with SPARQL.",
        subcommands = {ServeCommand.class, LoadCommand.class, RemoveCommand.class, ExtractCommand.class, QueryCommand.class,
                ValidateCommand.class, EvalCommand.class, TrainCommand.class, SampleCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class PolicyGraphCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    // the process environment, or the one a test gives: where the admin password and the config home are found
    private final Map<String, String> environment;

    private PolicyGraphCli(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** The environment variables the commands read ({@code POLICYGRAPH_PASSWORD}, {@code XDG_CONFIG_HOME}, {@code HOME}). */
    Map<String, String> environment() {
        return environment;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: serve, load, remove, extract, query, validate, sample or eval");
    }

    /** The command line with the given output and error writers and the process environment. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, System.getenv());
    }

    /** The command line with the given output and error writers and environment, as tests drive it. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> environment) {
        CommandLine cl = new CommandLine(new PolicyGraphCli(environment));
        cl.setOut(out);
        cl.setErr(err);
        return cl;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}

package org.policygraph.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code policygraph} command: extract, serve, load, query, validate, eval. */
@Command(name = "policygraph", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Turns Chinese government work reports into an RDF knowledge graph and serves it with SPARQL.",
        subcommands = {ServeCommand.class, ExtractCommand.class, QueryCommand.class, ValidateCommand.class, EvalCommand.class, SampleCommand.class,
                CommandLine.HelpCommand.class})
public final class PolicyGraphCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: extract, serve, load, query, validate or eval");
    }

    /** The command line with the given output and error writers, as tests drive it. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new PolicyGraphCli());
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

package org.policygraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.policygraph.load.ReportGraphStore;
import org.policygraph.rdf.Iris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code policygraph remove [--data DIR | --endpoint URL] REPORT...}: deletes reports' graphs, and their text in the index. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Delete reports' graphs from the dataset (offline, or on a running server with --endpoint); the text index follows.",
                "An entity named by other reports keeps its names: they are in those reports' graphs."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every report named was removed", "1:some report named is not in the dataset (the rest were removed)",
                "2:wrong command line", "3:the data folder or the server could not be used"})
final class RemoveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    PolicyGraphCli root;

    @Parameters(arity = "1..*", paramLabel = "REPORT",
            description = "A report's file name (000_x.txt; a path stands for its file name) or its IRI (https://w3id.org/policygraph/id/report/000_x.txt).")
    List<String> reports;

    @Mixin
    StoreOptions where;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StoreCommands commands = new StoreCommands("remove", err);
        if (where.problem() != null) return commands.usage(where.problem());
        try (ReportGraphStore store = where.open(root.environment())) {
            int missing = 0;
            for (String report : reports) {
                Node iri = reportIri(report);
                if (store.remove(iri)) {
                    out.println("removed " + iri.getURI());
                } else {
                    err.println("policygraph remove: no report " + iri.getURI() + " in " + where.describe());
                    missing++;
                }
            }
            store.reclaim();
            commands.printHolding(out, where.describe(), store.summary());
            return missing == 0 ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
        } catch (IOException | RuntimeException e) {
            return commands.failed(where, e);
        }
    }

    /** The IRI given, or the IRI of the report with that file name. */
    static Node reportIri(String report) {
        if (report.startsWith("http://") || report.startsWith("https://")) return NodeFactory.createURI(report);
        return Iris.report(Path.of(report).getFileName().toString());
    }
}

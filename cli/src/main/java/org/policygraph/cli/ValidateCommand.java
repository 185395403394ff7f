package org.policygraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.policygraph.ontology.ShapeValidator;
import org.policygraph.ontology.ValidationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code policygraph validate FILE}: checks an extracted graph against the SHACL shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check an RDF file (.trig, .nq, .ttl, .nt) against PolicyGraph's SHACL shapes (ontology/shapes.ttl).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the graph conforms", "3:the file cannot be read as RDF", "4:the graph does not conform"})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The graph to check, e.g. the output of extract.")
    Path file;

    @Option(names = "--max-problems", paramLabel = "N", defaultValue = "50", description = "Print at most N problems (default: ${DEFAULT-VALUE}).")
    int maxProblems;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isReadable(file)) {
            err.println("policygraph validate: cannot read " + file);
            return ExitCodes.FAILED;
        }
        DatasetGraph data;
        try {
            data = RDFDataMgr.loadDatasetGraph(file.toString());
        } catch (RiotException e) {
            err.println("policygraph validate: " + file + " is not valid RDF: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        // a triples-only file lands in the default graph; a quads file in named graphs
        ValidationResult result = new ShapeValidator().validate(data.listGraphNodes().hasNext()
                ? data.getUnionGraph() : DatasetFactory.wrap(data).getDefaultModel().getGraph());
        if (result.conforms()) {
            out.println(file + ": conforms to the PolicyGraph shapes");
            return ExitCodes.OK;
        }
        out.println(file + ": " + result.problems().size() + " problems");
        result.problems().stream().limit(maxProblems).forEach(p -> out.println("  " + p));
        if (result.problems().size() > maxProblems) out.println("  … " + (result.problems().size() - maxProblems) + " more (--max-problems)");
        return ExitCodes.NOT_CONFORMING;
    }
}

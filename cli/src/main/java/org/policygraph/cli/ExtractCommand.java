package org.policygraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.policygraph.pipeline.BatchExtraction;
import org.policygraph.pipeline.InputFiles;
import org.policygraph.rdf.RdfFileSink;
import org.policygraph.rdf.RdfOutputFormat;
import org.policygraph.rdf.ReportGraphWriter;
import org.policygraph.read.UnreadableInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code policygraph extract --out FILE INPUT...}: the graph of every readable input, written to one file. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract reports into one RDF file (syntax from its extension: .trig, .nq, .ttl, .nt).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all inputs extracted", "1:some input could not be read (the rest was written)",
                "2:wrong command line", "3:the output could not be written"})
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file: .trig or .nq keep one named graph per report.")
    Path out;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Report files or folders (searched recursively for .txt, .html, .docx, .pdf).")
    List<Path> inputs;

    @Mixin
    ExtractionOptions extraction;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err, "extract");
        InputFiles.Scan scan;
        try {
            scan = ReportInputs.scan(inputs, progress);
        } catch (IOException e) {
            err.println("policygraph extract: cannot list inputs: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        List<Path> files = scan.files();
        try {
            RdfOutputFormat.forFile(out);
        } catch (IllegalArgumentException e) {
            err.println("policygraph extract: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        ReportGraphWriter writer = new ReportGraphWriter();
        List<UnreadableInputException> failures;
        try (RdfFileSink sink = new RdfFileSink(out)) {
            for (Path skipped : scan.skipped()) progress.note("skipped " + skipped + " (not a report format: .txt, .html, .docx, .pdf)");
            failures = new BatchExtraction(extraction.extractor(progress), extraction.threads).run(files, r -> writer.write(r, sink.stream()), progress);
        } catch (IOException e) {
            err.println("policygraph extract: cannot write " + out + ": " + e.getMessage());
            return ExitCodes.FAILED;
        }
        err.printf("policygraph extract: wrote %s (%d of %d reports%s)%n", out, files.size() - failures.size(), files.size(),
                scan.unreadable().isEmpty() ? "" : "; " + scan.unreadable().size() + " folders could not be listed");
        return failures.isEmpty() && scan.unreadable().isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
    }
}

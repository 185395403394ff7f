package org.policygraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.policygraph.load.LoadListener;
import org.policygraph.pipeline.ExtractedReport;
import org.policygraph.read.UnreadableInputException;

/** Progress lines on stderr: one per report, and one line naming the file and reason for each failure. */
final class Progress implements LoadListener {
    private final PrintWriter err;
    private final String command;

    Progress(PrintWriter err, String command) {
        this.err = err;
        this.command = command;
    }

    void note(String message) {
        err.println("policygraph " + command + ": " + message);
        err.flush();
    }

    @Override
    public void extracted(int done, int total, Path file, ExtractedReport r) {
        long entities = r.mentions().stream().map(m -> m.entity()).distinct().count();
        err.printf("[%d/%d] %s: %d tasks, %d mentions of %d entities%n", done, total, file.getFileName(),
                r.structure().tasks().size(), r.mentions().size(), entities);
        err.flush();
    }

    @Override
    public void failed(int done, int total, Path file, UnreadableInputException reason) {
        err.printf("policygraph %s: %s%n", command, reason.getMessage());
        err.flush();
    }

    @Override
    public void unchanged(int done, int total, Path file) {
        err.printf("[%d/%d] %s: unchanged since it was loaded, kept%n", done, total, file.getFileName());
        err.flush();
    }

    @Override
    public void removed(String fileName) {
        note("removed " + fileName + " (no longer among the inputs)");
    }
}

package org.policygraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.policygraph.pipeline.InputFiles;
import org.policygraph.read.UnreadableInputException;

/**
 * The report files of a command's inputs, for every command that walks folders: a folder that
 * cannot be listed is named in one line on stderr and passed over, never dropped in silence; the
 * command then exits {@link ExitCodes#INPUT_FAILED} once it has done the rest.
 */
final class ReportInputs {
    private ReportInputs() {}

    static InputFiles.Scan scan(List<Path> inputs, Progress progress) throws IOException {
        InputFiles.Scan scan = InputFiles.scan(inputs);
        for (UnreadableInputException folder : scan.unreadable()) progress.failed(0, scan.files().size(), folder.path(), folder);
        return scan;
    }
}

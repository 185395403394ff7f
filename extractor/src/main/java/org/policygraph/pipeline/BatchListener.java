package org.policygraph.pipeline;

import java.nio.file.Path;
import org.policygraph.read.UnreadableInputException;

/** Hears how a batch goes: for progress lines and error reports. */
public interface BatchListener {
    void extracted(int done, int total, Path file, ExtractedReport report);

    void failed(int done, int total, Path file, UnreadableInputException reason);

    BatchListener SILENT = new BatchListener() {
        @Override public void extracted(int done, int total, Path file, ExtractedReport report) {}

        @Override public void failed(int done, int total, Path file, UnreadableInputException reason) {}
    };
}

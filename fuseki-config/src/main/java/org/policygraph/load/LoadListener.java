package org.policygraph.load;

import java.nio.file.Path;
import org.policygraph.pipeline.BatchListener;
import org.policygraph.pipeline.ExtractedReport;
import org.policygraph.read.UnreadableInputException;

/** Hears how a load goes, beyond what an extraction batch reports: reports kept as they were, and reports dropped. */
public interface LoadListener extends BatchListener {
    /** The file's bytes hash to what the store holds: not extracted again. */
    void unchanged(int done, int total, Path file);

    /** A stored report whose file is no longer among the inputs was deleted. */
    void removed(String fileName);

    LoadListener SILENT = new LoadListener() {
        @Override public void extracted(int done, int total, Path file, ExtractedReport report) {}

        @Override public void failed(int done, int total, Path file, UnreadableInputException reason) {}

        @Override public void unchanged(int done, int total, Path file) {}

        @Override public void removed(String fileName) {}
    };
}

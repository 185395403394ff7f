package org.policygraph.read;

import java.nio.file.Path;

/**
 * Reads a report in any supported format: plain text, a web page, a Word document or a PDF's
 * text layer. The format comes from the file's first bytes where they tell (PDF, ZIP, OLE2),
 * else from its name; a file too large, empty, damaged or of no supported format is refused
 * with a one-line reason.
 */
public final class ReportFileReader implements DocumentReader {
    private final long maxBytes;
    /** The one format every file is taken for, or null to detect each file's. */
    private final DocumentFormat only;

    public ReportFileReader(long maxBytes) {
        this(maxBytes, null);
    }

    private ReportFileReader(long maxBytes, DocumentFormat only) {
        this.maxBytes = maxBytes;
        this.only = only;
    }

    /** A reader that takes every file for plain text, whatever its name or first bytes. */
    public static ReportFileReader plainTextOnly(long maxBytes) {
        return new ReportFileReader(maxBytes, DocumentFormat.TEXT);
    }

    @Override
    public SourceDocument read(Path file) throws UnreadableInputException {
        byte[] bytes = FileBytes.read(file, maxBytes);
        return (only != null ? only : DocumentFormat.detect(file, bytes)).read(file, bytes);
    }
}

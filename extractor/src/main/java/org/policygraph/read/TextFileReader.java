package org.policygraph.read;

import java.nio.file.Path;

/**
 * Reads plain-text reports in UTF-8, GB18030/GBK or UTF-16, refusing binary, empty and oversized
 * files, whatever their name; {@link ReportFileReader} picks the format by name and content instead.
 */
public final class TextFileReader implements DocumentReader {
    private final long maxBytes;

    public TextFileReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public SourceDocument read(Path file) throws UnreadableInputException {
        return DocumentFormat.TEXT.read(file, FileBytes.read(file, maxBytes));
    }

    /** Kept for callers that compare stored hashes: see {@link FileBytes#read}. */
    public static byte[] readBytes(Path file, long maxBytes) throws UnreadableInputException {
        return FileBytes.read(file, maxBytes);
    }

    /** Kept for callers that compare stored hashes: see {@link FileBytes#sha256}. */
    public static String sha256(byte[] bytes) {
        return FileBytes.sha256(bytes);
    }
}

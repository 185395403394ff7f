package org.policygraph.read;

import java.nio.file.Path;

/**
 * The byte-level helpers callers outside the read stage use to compare a file with its stored
 * hash; reading itself is {@link ReportFileReader}'s ({@link ReportFileReader#plainTextOnly} for
 * files that are text whatever their name).
 */
public final class TextFileReader {
    private TextFileReader() {}

    /** See {@link FileBytes#read}. */
    public static byte[] readBytes(Path file, long maxBytes) throws UnreadableInputException {
        return FileBytes.read(file, maxBytes);
    }

    /** See {@link FileBytes#sha256}. */
    public static String sha256(byte[] bytes) {
        return FileBytes.sha256(bytes);
    }
}

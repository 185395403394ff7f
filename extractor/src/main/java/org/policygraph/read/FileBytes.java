package org.policygraph.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A report file's bytes, read whole under a size limit, and their SHA-256. */
public final class FileBytes {
    private FileBytes() {}

    /** Reads a whole file, refusing empty ones and those over the limit, with a reason that names the file. */
    public static byte[] read(Path file, long maxBytes) throws UnreadableInputException {
        try {
            if (Files.isDirectory(file)) throw new UnreadableInputException(file, "a folder, not a file");
            long size = Files.size(file);
            if (size == 0) throw new UnreadableInputException(file, "empty file");
            if (size > maxBytes) {
                throw new UnreadableInputException(file, "file is " + size + " bytes, over the limit of " + maxBytes + " (see --max-bytes)");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableInputException(file, "cannot read: " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}

package org.policygraph.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Reads plain-text reports in UTF-8, GB18030/GBK or UTF-16, refusing binary, empty and oversized files. */
public final class TextFileReader implements DocumentReader {
    private final CharsetDetector detector = new CharsetDetector();
    private final long maxBytes;

    public TextFileReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public SourceDocument read(Path file) throws UnreadableInputException {
        byte[] bytes = readBytes(file, maxBytes);
        String text = detector.decode(bytes)
                .map(CharsetDetector.Decoded::text)
                .orElseThrow(() -> new UnreadableInputException(file, "not text in UTF-8, UTF-16 or GB18030 (binary or damaged?)"));
        if (looksBinary(text)) throw new UnreadableInputException(file, "binary content (control characters), not a text report");
        if (text.isBlank()) throw new UnreadableInputException(file, "no text in the file");
        return new SourceDocument(file.getFileName().toString(), text, "text/plain", sha256(bytes));
    }

    /** Reads a whole file, refusing empty ones and those over the limit, with a reason that names the file. */
    public static byte[] readBytes(Path file, long maxBytes) throws UnreadableInputException {
        try {
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

    private static boolean looksBinary(String text) {
        int control = 0;
        int n = Math.min(text.length(), 8192);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
        }
        return control > n / 100 + 1;
    }
}

package org.policygraph.read;

import java.nio.file.Path;

/** Stage 1, read: bytes on disk to Unicode text. */
public interface DocumentReader {
    SourceDocument read(Path file) throws UnreadableInputException;
}

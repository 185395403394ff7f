package org.policygraph.read;

import java.nio.file.Path;

/** One file format's bytes to the report's text, lines as the document lays them out. */
interface FormatDecoder {
    /** The text, possibly blank; the file is named only in the reason of a refusal. */
    String decode(Path file, byte[] bytes) throws UnreadableInputException;
}

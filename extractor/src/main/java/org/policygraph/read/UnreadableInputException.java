package org.policygraph.read;

import java.nio.file.Path;

/** An input that cannot be turned into text; the message is one line naming the reason. */
public final class UnreadableInputException extends Exception {
    private final Path path;

    public UnreadableInputException(Path path, String reason) {
        super(path + ": " + reason);
        this.path = path;
    }

    public Path path() { return path; }
}

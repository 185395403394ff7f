package org.policygraph.cli;

/** Exit codes of every command. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Some input could not be read; everything else was processed. */
    public static final int INPUT_FAILED = 1;
    /** The command line was wrong (picocli's own code). */
    public static final int USAGE = 2;
    /** The command could not do its work (output not writable, server could not start…). */
    public static final int FAILED = 3;
    /** The graph does not conform to the shapes, or a quality threshold was not met. */
    public static final int NOT_CONFORMING = 4;

    private ExitCodes() {}
}

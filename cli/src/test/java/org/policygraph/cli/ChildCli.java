package org.policygraph.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The command line run as its own process, as a user runs it: for what only a process shows
 * (exit codes, a kill in the middle) and for files the user may not read. Tests run as root on
 * CI, and root reads a folder of mode 000 anyway; so as root the child runs under
 * {@code setpriv} without the two capabilities that let root ignore file permissions, and
 * {@code chmod 000} means for it what it means for anyone else.
 */
final class ChildCli {
    private final Path dir;
    private final Process process;

    private ChildCli(Path dir, Process process) {
        this.dir = dir;
        this.process = process;
    }

    /** The exit code, what was printed on stdout and on stderr. */
    record Result(int exit, String out, String err) {}

    /** Starts {@code policygraph ARGS} with extra environment variables; its stdout and stderr go to files in {@code dir}. */
    static ChildCli start(Path dir, Map<String, String> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>(unprivileged());
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xmx1g", "-Dfile.encoding=UTF-8", "-cp", classPath(), PolicyGraphCli.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("child.out").toFile()).redirectError(dir.resolve("child.err").toFile());
        pb.environment().putAll(environment);
        return new ChildCli(dir, pb.start());
    }

    /** Runs {@code policygraph ARGS} to its end. */
    static Result run(Path dir, String... args) throws Exception {
        return start(dir, Map.of(), args).waitFor(180);
    }

    Result waitFor(long seconds) throws Exception {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("policygraph did not end within " + seconds + " s: " + err());
        }
        return new Result(process.exitValue(), out(), err());
    }

    /** Waits until stderr or stdout shows the text; false if the process ended or the time ran out first. */
    boolean awaitOutput(String text, long seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            if (out().contains(text) || err().contains(text)) return true;
            if (!process.isAlive()) return false;
            Thread.sleep(100);
        }
        return false;
    }

    /** SIGTERM, as a kill or Ctrl-C sends: shutdown hooks run. */
    Result stop() throws Exception {
        process.destroy();
        return waitFor(60);
    }

    String out() throws IOException {
        return Files.readString(dir.resolve("child.out"), StandardCharsets.UTF_8);
    }

    String err() throws IOException {
        return Files.readString(dir.resolve("child.err"), StandardCharsets.UTF_8);
    }

    /** Makes a folder unreadable to the child (mode 000); {@link #readable} gives it back for clean-up. */
    static void unreadable(Path folder) throws IOException {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("---------"));
    }

    static void readable(Path folder) throws IOException {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static List<String> unprivileged() {
        if (!"root".equals(System.getProperty("user.name"))) return List.of();
        boolean setpriv = List.of("/usr/bin/setpriv", "/bin/setpriv").stream().anyMatch(p -> Files.isExecutable(Path.of(p)));
        assumeTrue(setpriv, "running as root without setpriv (util-linux): cannot make a folder unreadable to the command");
        return List.of("setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--");
    }

    /** The test's class path: surefire's own list when it hides it behind a manifest jar. */
    private static String classPath() {
        String cp = System.getProperty("surefire.test.class.path");
        if (cp == null || cp.isBlank()) cp = System.getProperty("java.class.path");
        return String.join(File.pathSeparator, cp.split(File.pathSeparator));
    }
}

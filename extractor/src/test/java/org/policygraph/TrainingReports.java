package org.policygraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The 29 provincial work reports in {@code training/reports/} at the top of the project (a genre apart from corpus/). */
public final class TrainingReports {
    private TrainingReports() {}

    public static Path folder() {
        String root = System.getProperty("policygraph.root");
        if (root == null) throw new IllegalStateException("system property policygraph.root is not set (surefire sets it in the parent POM)");
        Path p = Path.of(root, "training", "reports");
        if (!Files.isDirectory(p)) throw new IllegalStateException("provincial reports missing: " + p);
        return p;
    }

    /** The report files, by name. */
    public static List<Path> all() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

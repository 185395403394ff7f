package org.policygraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The 29 provincial work reports in {@code training/reports/} (a genre apart from corpus/, whose reports are there too). */
public final class TrainingReports {
    private TrainingReports() {}

    public static Path folder() {
        return Training.reports();
    }

    /** The report files, by name. */
    public static List<Path> all() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(f -> f.getFileName().toString().startsWith("gov") && f.getFileName().toString().endsWith(".txt"))
                    .sorted().toList();
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

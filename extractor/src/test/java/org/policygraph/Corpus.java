package org.policygraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The sample reports in {@code corpus/} at the top of the project, found through the {@code policygraph.root} property surefire sets. */
public final class Corpus {
    public static final String R000 = "000_28d4d448e5e08362.txt";
    public static final String R001 = "001_43f4887ca2300bf0.txt";
    public static final String R003 = "003_fe27a2d5279c6e1c.txt";
    public static final List<String> ALL = List.of(R000, R001, R003);

    private Corpus() {}

    public static Path path(String fileName) {
        String root = System.getProperty("policygraph.root");
        if (root == null) throw new IllegalStateException("system property policygraph.root is not set (surefire sets it in the parent POM)");
        Path p = Path.of(root, "corpus", fileName);
        if (!Files.isRegularFile(p)) throw new IllegalStateException("sample report missing: " + p);
        return p;
    }

    /** The report's text as stored (the corpus is UTF-8). */
    public static String read(String fileName) {
        try {
            return Files.readString(path(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

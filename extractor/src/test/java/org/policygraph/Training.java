package org.policygraph;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project's training corpus, {@code training/reports} and {@code training/gold}, found like {@link Corpus}. */
public final class Training {
    private Training() {}

    public static Path reports() {
        return folder("reports");
    }

    public static Path gold() {
        return folder("gold");
    }

    private static Path folder(String name) {
        String root = System.getProperty("policygraph.root");
        if (root == null) throw new IllegalStateException("system property policygraph.root is not set (surefire sets it in the parent POM)");
        Path p = Path.of(root, "training", name);
        if (!Files.isDirectory(p)) throw new IllegalStateException("training folder missing: " + p);
        return p;
    }
}

package org.policygraph.load;

import java.nio.file.Files;
import java.nio.file.Path;
import org.policygraph.pipeline.Extractor;
import org.policygraph.pipeline.ExtractorSettings;

/** The project's sample corpus and one extractor shared by every test in the JVM (building HanLP takes seconds). */
public final class TestCorpus {
    private static Extractor extractor;

    private TestCorpus() {}

    /** {@code <project root>/corpus}; the root is set by the parent POM's surefire configuration. */
    public static Path folder() {
        String root = System.getProperty("policygraph.root");
        Path corpus = Path.of(root == null ? ".." : root).resolve("corpus");
        if (!Files.isDirectory(corpus)) throw new IllegalStateException("no corpus folder at " + corpus.toAbsolutePath());
        return corpus;
    }

    public static synchronized Extractor extractor() {
        if (extractor == null) extractor = Extractor.standard(ExtractorSettings.defaults());
        return extractor;
    }
}

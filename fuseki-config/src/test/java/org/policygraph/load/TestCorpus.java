package org.policygraph.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.policygraph.pipeline.ExtractedReport;
import org.policygraph.pipeline.Extractor;
import org.policygraph.pipeline.ExtractorSettings;
import org.policygraph.rdf.ReportGraphWriter;
import org.policygraph.read.SourceDocument;
import org.policygraph.read.UnreadableInputException;

/** The project's sample corpus, one extractor and the corpus extracted once, shared by every test in the JVM (building HanLP takes seconds). */
public final class TestCorpus {
    private static Extractor extractor;
    private static List<ExtractedReport> reports;

    private TestCorpus() {}

    /** {@code <project root>/corpus}; the root is set by the parent POM's surefire configuration. */
    public static Path folder() {
        return root().resolve("corpus");
    }

    /** The project's top folder. */
    public static Path root() {
        String root = System.getProperty("policygraph.root");
        Path top = Path.of(root == null ? ".." : root);
        if (!Files.isDirectory(top.resolve("corpus"))) throw new IllegalStateException("no corpus folder at " + top.toAbsolutePath());
        return top;
    }

    public static synchronized Extractor extractor() {
        if (extractor == null) extractor = Extractor.standard(ExtractorSettings.defaults());
        return extractor;
    }

    /** The corpus reports, extracted, in file name order. */
    public static synchronized List<ExtractedReport> reports() {
        if (reports == null) {
            List<ExtractedReport> out = new ArrayList<>();
            try (Stream<Path> files = Files.list(folder())) {
                for (Path f : files.sorted().toList()) out.add(extractor().extract(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (UnreadableInputException e) {
                throw new IllegalStateException(e);
            }
            reports = List.copyOf(out);
        }
        return reports;
    }

    /** The quads the RDF stage writes for a report: what a store must hold for it. */
    public static Set<Quad> quads(ExtractedReport report) {
        Set<Quad> out = new HashSet<>();
        new ReportGraphWriter().write(report, new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                out.add(q);
            }
        });
        return out;
    }

    /** The report with the first half of its text only, and another hash: a changed version of it. */
    public static ExtractedReport shortened(ExtractedReport report) {
        SourceDocument src = report.source();
        String half = src.text().substring(0, src.text().length() / 2);
        return extractor().extract(new SourceDocument(src.fileName(), half, src.mediaType(), "shortened-" + src.sha256()));
    }
}

package org.policygraph.rdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.policygraph.ontology.PG;

/**
 * A streaming RDF file: quads go out as they come (merged into triples for a triples-only
 * syntax), written to a temporary file that replaces the target only when closed, so a crash
 * never leaves a half-written output; a run stopped with Ctrl-C or a kill deletes the temporary
 * file on its way out (a kill -9 cannot, and leaves a hidden {@code .NAME…part}).
 */
public final class RdfFileSink implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final OutputStream stream;
    private final StreamRDF rdf;
    private final Thread cleanup;

    public RdfFileSink(Path target) throws IOException {
        RdfOutputFormat format = RdfOutputFormat.forFile(target);
        this.target = target.toAbsolutePath();
        Path dir = this.target.getParent();
        Files.createDirectories(dir);
        this.temp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        this.cleanup = new Thread(this::deleteTemp, "policygraph-partial-output-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        this.stream = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
        StreamRDF writer = StreamRDFWriter.getWriterStream(stream, format.jenaFormat);
        this.rdf = format.quads ? writer : new StreamRDFWrapper(writer) {
            @Override
            public void quad(Quad q) {
                triple(q.asTriple());
            }
        };
        rdf.start();
        rdf.prefix("pg", PG.NS);
        rdf.prefix("skos", PG.SKOS);
        rdf.prefix("prov", PG.PROV);
        rdf.prefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        rdf.prefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
    }

    public StreamRDF stream() {
        return rdf;
    }

    @Override
    public void close() throws IOException {
        rdf.finish();
        stream.close();
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        forgetCleanup();
    }

    /** Drops the partial output. */
    public void abandon() {
        try {
            stream.close();
            Files.deleteIfExists(temp);
            forgetCleanup();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteTemp() {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // the JVM is stopping; nothing left to tell
        }
    }

    private void forgetCleanup() {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException stopping) {
            // already shutting down: the hook runs, and finds nothing to delete
        }
    }
}

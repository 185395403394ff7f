package org.policygraph.rdf;

import java.nio.file.Path;
import java.util.Locale;
import org.apache.jena.riot.RDFFormat;

/** The RDF syntax an output file's extension names: .trig, .nq (one named graph per report), .ttl or .nt (all merged). */
public enum RdfOutputFormat {
    TRIG(RDFFormat.TRIG_BLOCKS, true), NQUADS(RDFFormat.NQUADS, true), TURTLE(RDFFormat.TURTLE_BLOCKS, false), NTRIPLES(RDFFormat.NTRIPLES, false);

    public final RDFFormat jenaFormat;
    /** Whether the syntax keeps named graphs; otherwise the reports' graphs are merged. */
    public final boolean quads;

    RdfOutputFormat(RDFFormat jenaFormat, boolean quads) {
        this.jenaFormat = jenaFormat;
        this.quads = quads;
    }

    public static RdfOutputFormat forFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".trig")) return TRIG;
        if (name.endsWith(".nq")) return NQUADS;
        if (name.endsWith(".ttl")) return TURTLE;
        if (name.endsWith(".nt")) return NTRIPLES;
        throw new IllegalArgumentException("cannot tell the RDF syntax from " + file.getFileName()
                + ": name the output .trig, .nq, .ttl or .nt");
    }
}

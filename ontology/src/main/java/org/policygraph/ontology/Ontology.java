package org.policygraph.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The ontology and shapes bundled in this jar. Each call parses afresh and returns a new graph,
 * so callers may add to it (for example, merge the ontology into a dataset) without affecting others.
 */
public final class Ontology {
    /** Classpath location of the OWL ontology (copied from the module root by the build). */
    public static final String ONTOLOGY_RESOURCE = "org/policygraph/ontology/policygraph.ttl";
    /** Classpath location of the SHACL shapes. */
    public static final String SHAPES_RESOURCE = "org/policygraph/ontology/shapes.ttl";
    /** IRI of the ontology itself; the namespace {@link PG#NS} is this plus {@code #}. */
    public static final String ONTOLOGY_IRI = "https://w3id.org/policygraph/ontology";

    private Ontology() {}

    /** The OWL ontology, {@code policygraph.ttl}. */
    public static Graph ontology() { return load(ONTOLOGY_RESOURCE); }

    /** The SHACL shapes, {@code shapes.ttl}. */
    public static Graph shapes() { return load(SHAPES_RESOURCE); }

    /** Parses a Turtle resource from this module's class loader; a missing resource is a packaging bug. */
    static Graph load(String resource) {
        try (InputStream in = Ontology.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null)
                throw new IllegalStateException("not on the classpath: " + resource);
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).base(ONTOLOGY_IRI).parse(graph);
            return graph;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}

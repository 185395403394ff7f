package org.policygraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;

/** The output file's extension names its RDF syntax. */
class RdfOutputFormatTest {

    @Test
    void quadSyntaxesKeepNamedGraphs() {
        RdfOutputFormat trig = RdfOutputFormat.forFile(Path.of("out", "graph.trig"));
        assertEquals(RdfOutputFormat.TRIG, trig);
        assertEquals(Lang.TRIG, trig.jenaFormat.getLang());
        assertTrue(trig.quads);
        RdfOutputFormat nq = RdfOutputFormat.forFile(Path.of("graph.nq"));
        assertEquals(RdfOutputFormat.NQUADS, nq);
        assertEquals(Lang.NQUADS, nq.jenaFormat.getLang());
        assertTrue(nq.quads);
    }

    @Test
    void tripleSyntaxesMergeGraphs() {
        RdfOutputFormat ttl = RdfOutputFormat.forFile(Path.of("graph.ttl"));
        assertEquals(RdfOutputFormat.TURTLE, ttl);
        assertEquals(Lang.TURTLE, ttl.jenaFormat.getLang());
        assertFalse(ttl.quads);
        RdfOutputFormat nt = RdfOutputFormat.forFile(Path.of("graph.nt"));
        assertEquals(RdfOutputFormat.NTRIPLES, nt);
        assertEquals(Lang.NTRIPLES, nt.jenaFormat.getLang());
        assertFalse(nt.quads);
    }

    @Test
    void extensionCaseDoesNotMatter() {
        assertEquals(RdfOutputFormat.TRIG, RdfOutputFormat.forFile(Path.of("GRAPH.TriG")));
        assertEquals(RdfOutputFormat.TURTLE, RdfOutputFormat.forFile(Path.of("报告.TTL")));
    }

    @Test
    void unknownExtensionIsAnErrorNamingTheFileAndTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RdfOutputFormat.forFile(Path.of("out", "graph.xyz")));
        assertTrue(e.getMessage().contains("graph.xyz"), e.getMessage());
        for (String ext : new String[] {".trig", ".nq", ".ttl", ".nt"}) assertTrue(e.getMessage().contains(ext), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RdfOutputFormat.forFile(Path.of("graph")));
        assertThrows(IllegalArgumentException.class, () -> RdfOutputFormat.forFile(Path.of("graph.ttl.bak")));
    }
}

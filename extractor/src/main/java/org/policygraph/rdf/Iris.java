package org.policygraph.rdf;

import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.policygraph.ontology.PG;
import org.policygraph.relate.role.Involvement;
import org.policygraph.resolve.Entity;

/**
 * Mints IRIs. An entity's IRI depends on its type and canonical name only, so the same entity
 * in two reports is one node; Chinese stays readable, and only characters that IRIs forbid (or
 * that would end a path segment) are percent-encoded.
 */
public final class Iris {
    private Iris() {}

    public static Node report(String fileName) {
        return NodeFactory.createURI(PG.DATA + "report/" + segment(fileName));
    }

    public static Node entity(Entity e) {
        return NodeFactory.createURI(PG.DATA + e.type().slug() + "/" + segment(e.canonicalName()));
    }

    public static Node task(Node report, int index) {
        return NodeFactory.createURI(report.getURI() + "/task/" + (index + 1));
    }

    public static Node mention(Node report, int start, int end) {
        return NodeFactory.createURI(report.getURI() + "/mention/" + start + "-" + end);
    }

    public static Node sentence(Node report, int index) {
        return NodeFactory.createURI(report.getURI() + "/sentence/" + (index + 1));
    }

    /** One node per stated (task, entity, role[, policy]), however many sentences state it. */
    public static Node involvement(Node report, Involvement inv) {
        String where = inv.task().map(t -> "task" + (t.index() + 1)).orElse("report");
        String policy = inv.policy().map(p -> "/" + segment(p.canonicalName())).orElse("");
        return NodeFactory.createURI(report.getURI() + "/involvement/" + where + "/" + inv.role().individual() + "/"
                + inv.entity().type().slug() + "/" + segment(inv.entity().canonicalName()) + policy);
    }

    public static Node figure(Node report, int start, int end) {
        return NodeFactory.createURI(report.getURI() + "/figure/" + start + "-" + end);
    }

    public static Node extraction(Node report) {
        return NodeFactory.createURI(report.getURI() + "/extraction");
    }

    public static Node sourceFile(Node report) {
        return NodeFactory.createURI(report.getURI() + "/source");
    }

    public static Node software(String version) {
        return NodeFactory.createURI(PG.DATA + "software/policygraph/" + segment(version));
    }

    /** Percent-encodes what an IRI path segment may not hold; other Unicode stays as it is. */
    static String segment(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp <= 0x20 || cp == 0x7F || "<>\"{}|\\^`#?/%[]".indexOf(cp) >= 0 || Character.isWhitespace(cp)
                    || Character.getType(cp) == Character.SPACE_SEPARATOR || Character.isISOControl(cp)) {
                for (byte x : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    b.append('%').append(String.format("%02X", x & 0xFF));
                }
            } else {
                b.appendCodePoint(cp);
            }
        }
        return b.toString();
    }
}

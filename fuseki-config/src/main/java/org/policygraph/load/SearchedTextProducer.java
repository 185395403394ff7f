package org.policygraph.load;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.TextDocProducerTriples;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.changes.TextQuadAction;
import org.apache.jena.sparql.core.Quad;
import org.policygraph.ontology.PG;

/**
 * What the full-text index takes from the quads written: the entity map's properties, except
 * that of {@code pg:text} only a sentence's is indexed. A mention's and a figure's {@code pg:text}
 * are words of a sentence that is indexed anyway, and indexing them too made the index (and every
 * load) several times larger for nothing a search finds. Named in {@code config.ttl} as the
 * dataset's {@code text:textDocProducer}.
 */
public final class SearchedTextProducer extends TextDocProducerTriples {
    public SearchedTextProducer(TextIndex index) {
        super(index);
    }

    @Override
    public void change(TextQuadAction action, Node g, Node s, Node p, Node o) {
        if (isSearched(s, p)) super.change(action, g, s, p, o);
    }

    /** Whether the index wants this quad (beyond what its entity map says). */
    static boolean isSearched(Quad q) {
        return isSearched(q.getSubject(), q.getPredicate());
    }

    private static boolean isSearched(Node s, Node p) {
        return !PG.text.equals(p) || isSentence(s);
    }

    /** Sentence IRIs end in {@code /sentence/N} ({@code Iris.sentence}). */
    private static boolean isSentence(Node s) {
        if (!s.isURI()) return false;
        String iri = s.getURI();
        int slash = iri.lastIndexOf('/');
        if (slash < 0 || slash == iri.length() - 1 || !iri.startsWith("/sentence", slash - "/sentence".length())) return false;
        for (int i = slash + 1; i < iri.length(); i++) if (!Character.isDigit(iri.charAt(i))) return false;
        return true;
    }
}

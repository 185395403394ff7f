package org.policygraph.load;

import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Fills an empty full-text index from the quads already stored, as jena-text's
 * {@code textindexer} would: for a data folder loaded before it had an index, restored from a
 * TDB2 backup (which holds no index), or whose index folder was deleted to rebuild it.
 */
final class TextIndexCatchUp {
    private TextIndexCatchUp() {}

    /** Indexes every stored quad the index's entity map covers, if the dataset has a Lucene index with no documents; returns how many. */
    static long indexIfEmpty(DatasetGraph dataset) {
        if (!(dataset instanceof DatasetGraphText text) || !(text.getTextIndex() instanceof TextIndexLucene lucene)) return 0;
        if (lucene.getIndexWriter().getDocStats().numDocs > 0) return 0;
        EntityDefinition entities = lucene.getDocDef();
        DatasetGraph stored = text.getWrapped();
        // one write transaction: the index commits with it, or (after a crash) stays empty and is filled next time
        return Txn.calculateWrite(text, () -> {
            long indexed = 0;
            for (String field : entities.fields()) {
                for (Node predicate : entities.getPredicates(field)) indexed += index(stored, predicate, entities, lucene);
            }
            return indexed;
        });
    }

    private static long index(DatasetGraph stored, Node predicate, EntityDefinition entities, TextIndex index) {
        long n = 0;
        Iterator<Quad> quads = stored.find(Node.ANY, Node.ANY, predicate, Node.ANY);
        try {
            while (quads.hasNext()) {
                Quad q = quads.next();
                if (!SearchedTextProducer.isSearched(q)) continue;
                // the index names the default graph as jena-text's own indexing does
                if (Quad.isDefaultGraph(q.getGraph())) q = Quad.create(Quad.defaultGraphNodeGenerated, q.asTriple());
                Entity entity = TextQueryFuncs.entityFromQuad(entities, q);
                if (entity != null) {
                    index.addEntity(entity);
                    n++;
                }
            }
        } finally {
            Iter.close(quads);
        }
        return n;
    }
}

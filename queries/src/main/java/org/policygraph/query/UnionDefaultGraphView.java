package org.policygraph.query;

import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;

/**
 * A read view of a dataset whose default graph is the union of its named graphs, as a TDB2
 * dataset with {@code unionDefaultGraph} or a Fuseki service configured so presents it: for
 * datasets (such as in-memory ones) that have no such setting. Marked as a view, so the query
 * engine queries it rather than unwrapping it to the dataset underneath.
 */
final class UnionDefaultGraphView extends DatasetGraphWrapper implements DatasetGraphWrapperView {
    UnionDefaultGraphView(DatasetGraph dataset) {
        super(dataset);
    }

    @Override
    public Graph getDefaultGraph() {
        return getUnionGraph();
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        return super.find(isDefault(g) ? Quad.unionGraph : g, s, p, o);
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        return super.contains(isDefault(g) ? Quad.unionGraph : g, s, p, o);
    }

    private static boolean isDefault(Node g) {
        return g != null && Quad.isDefaultGraph(g);
    }
}

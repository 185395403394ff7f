package org.policygraph.rdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.Corpus;
import org.policygraph.ontology.PG;
import org.policygraph.ontology.ShapeValidator;
import org.policygraph.ontology.ValidationResult;
import org.policygraph.pipeline.Extractor;
import org.policygraph.pipeline.ExtractorSettings;

/** The graph extracted from the sample corpus conforms to the SHACL shapes of ontology/shapes.ttl. */
class CorpusConformsToShapesTest {
    private static DatasetGraph dataset;

    @BeforeAll
    static void extractCorpus() throws Exception {
        Extractor extractor = Extractor.standard(ExtractorSettings.defaults());
        dataset = DatasetGraphFactory.createTxnMem();
        ReportGraphWriter writer = new ReportGraphWriter();
        var sink = StreamRDFLib.dataset(dataset);
        for (String name : Corpus.ALL) writer.write(extractor.extract(Corpus.path(name)), sink);
    }

    @Test
    void extractionOfTheCorpusConforms() {
        ValidationResult result = new ShapeValidator().validate(dataset);
        assertTrue(result.conforms(), () -> String.join("\n", result.problems().subList(0, Math.min(20, result.problems().size()))));
    }

    @Test
    void aBrokenOffsetIsCaught() {
        // the same data with one mention's text changed must fail: the check is real
        DatasetGraph broken = DatasetGraphFactory.createTxnMem();
        dataset.find().forEachRemaining(broken::add);
        Quad q = null;
        for (var it = broken.find(null, null, PG.text, null); it.hasNext(); ) {
            Quad x = it.next();
            if (broken.contains(x.getGraph(), x.getSubject(), org.apache.jena.vocabulary.RDF.Nodes.type, PG.Mention)) {
                q = x;
                break;
            }
        }
        broken.delete(q);
        broken.add(q.getGraph(), q.getSubject(), PG.text, NodeFactory.createLiteralString("不对"));
        assertFalse(new ShapeValidator().validate(broken).conforms());
    }
}

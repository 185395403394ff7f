package org.policygraph.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.policygraph.pipeline.Extractor;
import org.policygraph.pipeline.ExtractorSettings;
import org.policygraph.rdf.ReportGraphWriter;
import org.policygraph.read.UnreadableInputException;

/**
 * The graph of the sample corpus, extracted with the real pipeline once per test run (HanLP
 * takes seconds to load) into an in-memory TDB2 dataset, one named graph per report. Tests
 * only read it; {@link #copyInto} gives a dataset of their own.
 */
final class CorpusGraph {
    static final String REPORT_000 = "000_28d4d448e5e08362.txt";
    static final String REPORT_001 = "001_43f4887ca2300bf0.txt";
    static final String REPORT_003 = "003_fe27a2d5279c6e1c.txt";

    private static DatasetGraph extracted;

    private CorpusGraph() {}

    static Path corpus() {
        String root = System.getProperty("policygraph.root");
        if (root == null) throw new IllegalStateException("policygraph.root is not set (surefire sets it to the project folder)");
        return Path.of(root, "corpus");
    }

    /** The corpus graph in an in-memory TDB2 dataset, as {@code load} would store it. */
    static synchronized Dataset tdb2() {
        if (extracted == null) extracted = extract();
        return DatasetFactory.wrap(extracted);
    }

    /** A new general-purpose in-memory dataset (not TDB2) with the same quads. */
    static Dataset inMemoryCopy() {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        copyInto(copy);
        return DatasetFactory.wrap(copy);
    }

    static void copyInto(DatasetGraph target) {
        DatasetGraph source = tdb2().asDatasetGraph();
        Txn.executeWrite(target, () -> Txn.executeRead(source, () -> source.find().forEachRemaining(target::add)));
    }

    static long quadCount(Dataset dataset) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (var it = dsg.find(); it.hasNext(); it.next()) n++;
            return n;
        });
    }

    private static DatasetGraph extract() {
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus())) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Extractor extractor = Extractor.standard(ExtractorSettings.defaults());
        ReportGraphWriter writer = new ReportGraphWriter();
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            StreamRDF out = StreamRDFLib.dataset(dsg);
            for (Path f : files) {
                try {
                    writer.write(extractor.extract(f), out);
                } catch (UnreadableInputException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        return dsg;
    }

    /** Runs a bundled query with parameters given as name, value, name, value… */
    static List<Map<String, String>> run(QueryRunner runner, String queryName, String... nameValues) {
        return run(runner, QueryLibrary.bundled().get(queryName), nameValues);
    }

    /** Runs a query (bundled or not) with parameters given as name, value, name, value… */
    static List<Map<String, String>> run(QueryRunner runner, NamedQuery q, String... nameValues) {
        QueryParameters params = QueryParameters.none();
        for (int i = 0; i < nameValues.length; i += 2) params = params.with(nameValues[i], nameValues[i + 1]);
        return rows(runner.select(params.bind(q)));
    }

    /** Each solution as variable → IRI or literal lexical form. */
    static List<Map<String, String>> rows(ResultSetRewindable results) {
        List<Map<String, String>> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution s = results.next();
            Map<String, String> row = new LinkedHashMap<>();
            for (String v : results.getResultVars()) {
                RDFNode n = s.get(v);
                if (n == null) continue;
                Node node = n.asNode();
                row.put(v, node.isURI() ? node.getURI() : node.isLiteral() ? node.getLiteralLexicalForm() : node.toString());
            }
            rows.add(row);
        }
        return rows;
    }
}

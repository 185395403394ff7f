package org.policygraph.query;

import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Transactional;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * Runs queries against the graph with the union default graph, where the library's queries
 * expect it: a local {@link Dataset} (a TDB2 database, read in a read transaction, or any
 * other dataset through a union view) or a remote SPARQL endpoint such as Fuseki's, which must
 * be configured with the union default graph itself. Queries are sent as parsed, bound
 * queries, never rebuilt from text.
 */
public final class QueryRunner implements AutoCloseable {
    private final String source;
    private final Function<Query, QueryExecution> executions;
    /** The dataset to read in a transaction, or null for a remote endpoint. */
    private final Transactional transactional;
    /** What closing releases: the dataset the runner opened itself, or nothing. */
    private final Runnable onClose;

    private QueryRunner(String source, Function<Query, QueryExecution> executions, Transactional transactional, Runnable onClose) {
        this.source = source;
        this.executions = executions;
        this.transactional = transactional;
        this.onClose = onClose;
    }

    private QueryRunner(String source, Function<Query, QueryExecution> executions, Transactional transactional) {
        this(source, executions, transactional, () -> {});
    }

    /**
     * Queries a dataset whose named graphs are the reports, with their union as the default graph.
     * A TDB2 dataset, or one that wraps TDB2 (a text dataset with its index), gives the union
     * itself; any other is read through a union view.
     */
    public static QueryRunner local(Dataset dataset) {
        if (overTdb2(dataset.asDatasetGraph())) {
            return new QueryRunner("TDB2 dataset",
                    q -> QueryExecution.dataset(dataset).query(q).set(TDB2.symUnionDefaultGraph, true).build(), dataset);
        }
        Dataset union = DatasetFactory.wrap(new UnionDefaultGraphView(dataset.asDatasetGraph()));
        return new QueryRunner("dataset", q -> QueryExecution.dataset(union).query(q).build(), dataset);
    }

    /** The same, described as {@code description} in messages (a folder, a store). */
    public static QueryRunner local(Dataset dataset, String description) {
        return local(dataset).describedAs(description);
    }

    private static boolean overTdb2(DatasetGraph dsg) {
        for (DatasetGraph d = dsg; ; d = ((DatasetGraphWrapper) d).getWrapped()) {
            if (TDB2Factory.isTDB2(DatasetFactory.wrap(d))) return true;
            if (!(d instanceof DatasetGraphWrapper)) return false;
        }
    }

    /**
     * Queries the TDB2 database in a folder, such as the one {@code policygraph load} or
     * {@code serve} builds.
     *
     * @throws NoSuchFileException if the folder holds no TDB2 database (it is not created)
     */
    public static QueryRunner tdb2(Path folder) throws NoSuchFileException {
        if (!isTdb2Database(folder)) throw new NoSuchFileException(folder.toString(), null, "no TDB2 database there");
        return local(TDB2Factory.connectDataset(folder.toString())).describedAs("TDB2 database " + folder);
    }

    /** Whether the folder holds a TDB2 database (its {@code Data-NNNN} generations). */
    public static boolean isTdb2Database(Path folder) {
        if (!Files.isDirectory(folder)) return false;
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("Data-"));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** Queries a SPARQL endpoint over HTTP, e.g. {@code http://localhost:3030/policygraph/sparql}. */
    public static QueryRunner remote(String endpoint) {
        URI uri;
        try {
            uri = URI.create(endpoint);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a URL: " + endpoint);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("not an http(s) URL: " + endpoint);
        }
        return new QueryRunner("endpoint " + endpoint, q -> QueryExecution.service(endpoint).query(q).build(), null);
    }

    private QueryRunner describedAs(String description) {
        return new QueryRunner(description, executions, transactional, onClose);
    }

    /** The same runner, which runs {@code release} when closed: for a dataset it opened and owns. */
    public QueryRunner closing(Runnable release) {
        return new QueryRunner(source, executions, transactional, release);
    }

    /** Releases what the runner owns (a dataset it opened; nothing for one it was given, or an endpoint). */
    @Override
    public void close() {
        onClose.run();
    }

    /** What is queried, for messages: a dataset, a TDB2 folder, an endpoint URL. */
    public String source() {
        return source;
    }

    /** The answers of a SELECT query, read in full. */
    public ResultSetRewindable select(Query query) {
        requireType(query, true);
        return read(() -> {
            try (QueryExecution qe = executions.apply(query)) {
                return ResultSetFactory.copyResults(qe.execSelect());
            }
        });
    }

    /** The answer of an ASK query. */
    public boolean ask(Query query) {
        if (!query.isAskType()) throw new IllegalArgumentException("not an ASK query");
        return read(() -> {
            try (QueryExecution qe = executions.apply(query)) {
                return qe.execAsk();
            }
        });
    }

    /** Runs a SELECT or ASK query and writes its answer in the format given. */
    public void write(Query query, ResultFormat format, OutputStream out) {
        requireType(query, false);
        read(() -> {
            try (QueryExecution qe = executions.apply(query)) {
                if (query.isSelectType()) format.write(qe.execSelect(), query, out);
                else format.write(qe.execAsk(), out);
            }
            return null;
        });
    }

    private static void requireType(Query query, boolean selectOnly) {
        if (query.isSelectType() || !selectOnly && query.isAskType()) return;
        throw new IllegalArgumentException(selectOnly ? "not a SELECT query" : "only SELECT and ASK queries can be run");
    }

    private <T> T read(Supplier<T> action) {
        return transactional == null ? action.get() : Txn.calculateRead(transactional, action);
    }

    @Override
    public String toString() {
        return "QueryRunner[" + source + "]";
    }
}

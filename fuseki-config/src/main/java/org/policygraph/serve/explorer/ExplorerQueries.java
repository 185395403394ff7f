package org.policygraph.serve.explorer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.policygraph.query.NamedQuery;
import org.policygraph.query.QueryParameters;

/**
 * The queries behind the explorer's pages: the {@code .rq} files of {@code fuseki-config/explorer/},
 * bundled under {@code org/policygraph/explorer/queries/}, written in the query library's format
 * (header with title, description and parameters). Bound with the library's
 * {@link QueryParameters}, so a value typed into the search box stays one literal.
 */
public final class ExplorerQueries {
    /** Where the queries sit on the class path. */
    public static final String RESOURCE_FOLDER = "org/policygraph/explorer/queries/";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    private final Map<String, Optional<NamedQuery>> cache = new ConcurrentHashMap<>();

    /** The query of that name, read and checked once; empty when there is none. */
    public Optional<NamedQuery> find(String name) {
        if (name == null || !NAME.matcher(name).matches()) return Optional.empty();
        return cache.computeIfAbsent(name, ExplorerQueries::read);
    }

    /**
     * The query with its parameters bound, as the SPARQL text the page sends to the endpoint.
     *
     * @throws IllegalArgumentException when there is no such query
     * @throws org.policygraph.query.QueryParameterException when a parameter is missing, unknown or not of its kind
     */
    public Query bind(String name, Map<String, String> values) {
        NamedQuery q = find(name).orElseThrow(() -> new IllegalArgumentException("the explorer has no query named " + name));
        return QueryParameters.of(values).bind(q);
    }

    private static Optional<NamedQuery> read(String name) {
        try (InputStream in = ExplorerQueries.class.getClassLoader().getResourceAsStream(RESOURCE_FOLDER + name + ".rq")) {
            if (in == null) return Optional.empty();
            return Optional.of(NamedQuery.of(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the explorer query " + name, e);
        }
    }
}

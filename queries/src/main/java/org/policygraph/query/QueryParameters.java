package org.policygraph.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Values for a library query's parameters, bound safely: the query is parsed first, then each
 * parameter's variable is replaced by an RDF term of the kind its header declares (a string
 * literal, a {@code @zh} literal, an IRI, a pg: class), with Jena's syntax transform. A value
 * is never pasted into query text, so quotes, braces or {@code DROP ALL} in it stay inside the
 * literal. Immutable.
 */
public final class QueryParameters {
    private final Map<String, String> values;

    private QueryParameters(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static QueryParameters none() {
        return new QueryParameters(Map.of());
    }

    /** The values by parameter name. */
    public static QueryParameters of(Map<String, String> values) {
        return new QueryParameters(values);
    }

    /** These values with one more (or one replaced). */
    public QueryParameters with(String name, String value) {
        Map<String, String> m = new LinkedHashMap<>(values);
        m.put(name, value);
        return new QueryParameters(m);
    }

    public Map<String, String> values() {
        return values;
    }

    /**
     * The RDF term for each of the query's parameters.
     *
     * @throws QueryParameterException if a value is given for a parameter the query does not
     *                                 have, a parameter has no value, or a value is blank or not
     *                                 a term of its parameter's kind; the message names the
     *                                 query's parameters
     */
    public Map<Var, Node> terms(NamedQuery query) {
        for (String name : values.keySet()) {
            if (query.param(name).isEmpty()) {
                throw new QueryParameterException("query " + query.name() + " has no parameter " + name + "; " + query.paramSummary());
            }
        }
        Map<Var, Node> terms = new LinkedHashMap<>();
        for (QueryParam p : query.params()) {
            String value = values.get(p.name());
            if (value == null) {
                throw new QueryParameterException("query " + query.name() + " needs a value for its parameter " + p
                        + ": " + p.description() + "; " + query.paramSummary());
            }
            if (value.isBlank()) throw new QueryParameterException("query " + query.name() + ": parameter " + p.name() + " is empty");
            try {
                terms.put(p.var(), p.kind().term(value.strip()));
            } catch (IllegalArgumentException e) {
                throw new QueryParameterException("query " + query.name() + ", parameter " + p.name() + ": " + e.getMessage());
            }
        }
        return terms;
    }

    /** The query with every parameter variable replaced by its term; see {@link #terms}. */
    public Query bind(NamedQuery query) {
        Map<Var, Node> terms = terms(query);
        Query parsed = query.query();
        return terms.isEmpty() ? parsed : QueryTransformOps.replaceVars(parsed, terms);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}

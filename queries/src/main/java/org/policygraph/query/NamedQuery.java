package org.policygraph.query;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.syntax.syntaxtransform.QuerySyntaxSubstituteScope;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * A SPARQL query of the library with what its header says: title, description, parameters.
 * Checked when made: the query is standard SPARQL 1.1, a SELECT or ASK, and every parameter
 * is a variable it uses where a value can be substituted (not {@code AS ?x} or {@code VALUES}).
 *
 * @param name        the file name without {@code .rq}
 * @param title       the question the query answers, in a line
 * @param description what it returns, and in which order
 * @param params      its parameters, in header order
 * @param text        the whole file
 */
public record NamedQuery(String name, String title, String description, List<QueryParam> params, String text) {

    public NamedQuery {
        params = List.copyOf(params);
        Set<String> names = new HashSet<>();
        for (QueryParam p : params) {
            if (!names.add(p.name())) throw new IllegalArgumentException("query " + name + ": parameter " + p.name() + " is declared twice");
        }
        Query q = parse(name, text);
        if (!q.isSelectType() && !q.isAskType()) throw new IllegalArgumentException("query " + name + ": only SELECT and ASK queries are supported");
        String plain = q.toString();
        for (QueryParam p : params) {
            try {
                QuerySyntaxSubstituteScope.scopeCheck(q, List.of(p.var()));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("query " + name + ": parameter " + p.name() + " cannot be bound: " + e.getMessage());
            }
            // a parameter the query never uses would be silently ignored
            Node marker = NodeFactory.createURI("urn:policygraph:unused-parameter-check");
            if (QueryTransformOps.replaceVars(q, Map.of(p.var(), marker)).toString().equals(plain)) {
                throw new IllegalArgumentException("query " + name + ": parameter " + p.name() + " is declared but ?" + p.name() + " is not in the query");
            }
        }
    }

    /** Reads an {@code .rq} file's text: the header, then the query. */
    public static NamedQuery of(String name, String text) {
        QueryHeader h = QueryHeader.parse(name, text);
        return new NamedQuery(name, h.title(), h.description(), h.params(), text);
    }

    /** A fresh parse of the query, parameters still variables. */
    public Query query() {
        return parse(name, text);
    }

    public Optional<QueryParam> param(String paramName) {
        return params.stream().filter(p -> p.name().equals(paramName)).findFirst();
    }

    /** The parameters as {@code name (kind), …}, or a note that there are none, for messages. */
    public String paramSummary() {
        if (params.isEmpty()) return "it takes no parameters";
        return "its parameters: " + String.join(", ", params.stream().map(QueryParam::toString).toList());
    }

    private static Query parse(String name, String text) {
        try {
            return QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException("query " + name + " is not valid SPARQL 1.1: " + e.getMessage(), e);
        }
    }
}

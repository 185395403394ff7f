package org.policygraph.query;

/** A parameter that is missing, unknown to the query, or whose value cannot be its kind of term. */
public final class QueryParameterException extends IllegalArgumentException {
    public QueryParameterException(String message) {
        super(message);
    }
}

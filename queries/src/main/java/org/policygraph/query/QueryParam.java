package org.policygraph.query;

import java.util.Optional;
import org.apache.jena.sparql.core.Var;

/**
 * One parameter of a library query, from a header line
 * {@code # param: NAME (KIND) — description, e.g. EXAMPLE}.
 *
 * @param name        the query variable it binds, without {@code ?}
 * @param kind        the RDF term its value becomes
 * @param description what to give, as the header says it
 * @param example     the value after a closing {@code e.g.} in the description, if any
 */
public record QueryParam(String name, ParamKind kind, String description, Optional<String> example) {
    public QueryParam {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) throw new IllegalArgumentException("not a variable name: " + name);
    }

    public Var var() {
        return Var.alloc(name);
    }

    /** {@code name (kind)}, as error messages and listings show it. */
    @Override
    public String toString() {
        return name + " (" + kind.keyword() + ")";
    }
}

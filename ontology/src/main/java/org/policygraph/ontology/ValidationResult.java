package org.policygraph.ontology;

import java.util.List;

/**
 * The outcome of validating data against the PolicyGraph shapes.
 *
 * @param conforms whether the data satisfies every shape
 * @param problems one line per violation: focus node, path, message; empty when it conforms
 */
public record ValidationResult(boolean conforms, List<String> problems) {
    public ValidationResult {
        problems = List.copyOf(problems);
    }
}

package org.policygraph.load;

import java.util.List;
import org.policygraph.read.UnreadableInputException;

/**
 * What one load did, by file name.
 *
 * @param extracted reports extracted and stored (new or changed)
 * @param unchanged reports whose stored graph was kept
 * @param removed   stored reports deleted because their file is no longer among the inputs
 * @param failures  inputs that could not be read; a stored graph of the same name is kept
 */
public record LoadResult(List<String> extracted, List<String> unchanged, List<String> removed,
                         List<UnreadableInputException> failures) {
    public LoadResult {
        extracted = List.copyOf(extracted);
        unchanged = List.copyOf(unchanged);
        removed = List.copyOf(removed);
        failures = List.copyOf(failures);
    }
}

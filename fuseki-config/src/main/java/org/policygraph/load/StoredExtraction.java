package org.policygraph.load;

import java.util.Optional;

/**
 * What a store holds of how a report's graph was made, read in one go: the SHA-256 of the file
 * bytes it was extracted from and the PolicyGraph version that wrote it (absent in a graph
 * written by hand).
 */
public record StoredExtraction(String sha256, Optional<String> version) {}

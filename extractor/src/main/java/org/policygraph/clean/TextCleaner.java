package org.policygraph.clean;

/** Stage 2, clean: site chrome out, broken words joined, punctuation normalised. */
public interface TextCleaner {
    CleanText clean(String readText);
}

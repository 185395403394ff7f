package org.policygraph.recognise.tagger;

/**
 * What the feature templates write to: each feature begun with its template's name, its parts
 * appended as string concatenation would join them, then ended into the current character's row.
 * Written once against this, a template gives training its strings ({@link FeatureStringWriter})
 * and recognition its model ids ({@link FeatureIdWriter}), which need no string.
 *
 * @param <R> a finished row of features
 */
interface FeatureWriter<R> {
    FeatureWriter<R> begin(String template);

    FeatureWriter<R> append(char c);

    /** A null part is "null", as concatenation has it. */
    FeatureWriter<R> append(String s);

    /** In decimal, as concatenation has it. */
    FeatureWriter<R> append(int n);

    /** Adds the feature to the row. */
    void end();

    /**
     * Adds the feature unless the row has it already: overlapping spans of one kind say the same
     * thing once. The whole row is searched, which is the family's features alone, for no two templates share a name.
     */
    void endOnce();

    /** The row written since the last call, each feature in the order it ended; the next row starts empty. */
    R finishRow();
}

package org.policygraph.recognise;

import java.util.List;

/**
 * A second pass over the merged mentions, for rules that need to see what the recognisers
 * found: a list whose known members give the type of its unknown ones, for example.
 */
public interface MentionRefiner {
    /** The mentions to add; the pipeline merges them with the rest. */
    List<Mention> refine(AnalysedText text, List<Mention> merged);
}

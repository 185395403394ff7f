package org.policygraph.recognise;

import java.util.List;

/** Stage 4, recognise: one source of entity mentions. Several run side by side; a merger picks among them. */
public interface Recogniser {
    /** A short stable name, recorded on each mention it finds. */
    String name();

    List<Mention> recognise(AnalysedText text);
}

package org.policygraph.recognise;

import java.util.List;

/** Both segmentations every recogniser reads, of one text: fine words, and words joined into names. */
@FunctionalInterface
public interface TwoLevelSegmenter {
    Segmentations segment(String text);

    /** Offsets into the text given to {@link #segment}. */
    record Segmentations(List<Token> words, List<Token> named) {}

    /** Two segmenters, each run over the text: for segmenters that cannot share their work. */
    static TwoLevelSegmenter of(Segmenter words, Segmenter named) {
        return text -> new Segmentations(words.segment(text), named.segment(text));
    }
}

package org.policygraph.recognise;

import java.util.List;

/** Word segmentation with part-of-speech tags and character offsets into the text. */
public interface Segmenter {
    List<Token> segment(String text);
}

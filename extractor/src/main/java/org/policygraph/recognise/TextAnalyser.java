package org.policygraph.recognise;

import java.util.ArrayList;
import java.util.List;

/**
 * Segments the cleaned text line by line (HanLP's Viterbi search is per sentence in spirit and
 * costs more on long inputs) and shifts token offsets back into the whole text.
 */
public final class TextAnalyser {
    private final Segmenter wordSegmenter;
    private final Segmenter nameSegmenter;

    /**
     * @param wordSegmenter fine-grained segmentation
     * @param nameSegmenter segmentation with name recognition on
     */
    public TextAnalyser(Segmenter wordSegmenter, Segmenter nameSegmenter) {
        this.wordSegmenter = wordSegmenter;
        this.nameSegmenter = nameSegmenter;
    }

    public AnalysedText analyse(String text) {
        return new AnalysedText(text, segment(wordSegmenter, text), segment(nameSegmenter, text));
    }

    private static List<Token> segment(Segmenter segmenter, String text) {
        List<Token> tokens = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = chunkEnd(text, start);
            if (end > start) {
                for (Token t : segmenter.segment(text.substring(start, end))) {
                    tokens.add(new Token(t.start() + start, t.end() + start, t.word(), t.pos()));
                }
            }
            start = end;
            while (start < text.length() && text.charAt(start) == '\n') start++;
        }
        return tokens;
    }

    /** End of the line, or of the sentence for very long lines. */
    private static int chunkEnd(String text, int start) {
        int nl = text.indexOf('\n', start);
        int end = nl < 0 ? text.length() : nl;
        if (end - start <= 400) return end;
        for (int i = start + 200; i < end; i++) {
            if (text.charAt(i) == '。') return i + 1;
        }
        return end;
    }
}

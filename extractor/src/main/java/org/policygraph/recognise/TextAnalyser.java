package org.policygraph.recognise;

import java.util.ArrayList;
import java.util.List;

/**
 * Segments the cleaned text line by line (HanLP's Viterbi search is per sentence in spirit and
 * costs more on long inputs) and shifts token offsets back into the whole text.
 */
public final class TextAnalyser {
    private final Segmenter segmenter;

    public TextAnalyser(Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    public AnalysedText analyse(String text) {
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
        return new AnalysedText(text, tokens);
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

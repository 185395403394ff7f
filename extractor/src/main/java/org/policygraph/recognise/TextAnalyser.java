package org.policygraph.recognise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Segments the cleaned text line by line (HanLP's Viterbi search is per sentence in spirit and
 * costs more on long inputs), never more than {@link #MAX_CHUNK} characters at once, and shifts
 * token offsets back into the whole text.
 */
public final class TextAnalyser {
    private final TwoLevelSegmenter segmenter;

    public TextAnalyser(TwoLevelSegmenter segmenter) {
        this.segmenter = segmenter;
    }

    /**
     * @param wordSegmenter fine-grained segmentation
     * @param nameSegmenter segmentation with name recognition on
     */
    public TextAnalyser(Segmenter wordSegmenter, Segmenter nameSegmenter) {
        this(TwoLevelSegmenter.of(wordSegmenter, nameSegmenter));
    }

    public AnalysedText analyse(String text) {
        // one String per distinct word and tag, for both segmentations (they share most words): a long
        // report repeats its words millions of times, and a copy of each would take most of its memory
        Map<String, String> strings = new HashMap<>();
        Tokens words = new Tokens(strings), named = new Tokens(strings);
        int start = 0;
        while (start < text.length()) {
            int end = chunkEnd(text, start);
            if (end > start) {
                TwoLevelSegmenter.Segmentations s = segmenter.segment(text.substring(start, end));
                words.addAll(s.words(), start);
                named.addAll(s.named(), start);
            }
            start = end;
            while (start < text.length() && text.charAt(start) == '\n') start++;
        }
        return new AnalysedText(text, words.tokens, named.tokens);
    }

    /** The tokens of one segmentation, shifted into the whole text. */
    private static final class Tokens {
        final List<Token> tokens = new ArrayList<>();
        private final Map<String, String> strings;

        Tokens(Map<String, String> strings) {
            this.strings = strings;
        }

        void addAll(List<Token> chunk, int offset) {
            for (Token t : chunk) {
                tokens.add(new Token(t.start() + offset, t.end() + offset, strings.computeIfAbsent(t.word(), w -> w),
                        strings.computeIfAbsent(t.pos(), p -> p)));
            }
        }
    }

    /** Longest piece handed to the segmenter: HanLP's word net grows with its input, so memory stays bounded by this, not by the file. */
    static final int MAX_CHUNK = 4000;

    /**
     * End of the line, or of the sentence for very long lines; a line without a full stop for
     * {@link #MAX_CHUNK} characters (a report saved without line breaks) is cut after a comma or
     * semicolon, else at the limit.
     */
    static int chunkEnd(String text, int start) {
        int limit = Math.min(text.length(), start + MAX_CHUNK);
        int nl = text.indexOf('\n', start);
        int end = nl < 0 ? text.length() : nl;
        if (end - start <= 400) return end;
        int stop = Math.min(end, limit);
        for (int i = start + 200; i < stop; i++) {
            if (text.charAt(i) == '。') return i + 1;
        }
        if (end <= limit) return end;
        for (int i = limit - 1; i > start + 200; i--) {
            char c = text.charAt(i);
            if (c == '，' || c == '；' || c == ',' || c == ';') return i + 1;
        }
        // never between the halves of a surrogate pair
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }
}

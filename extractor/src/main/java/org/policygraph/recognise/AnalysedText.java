package org.policygraph.recognise;

import java.util.List;

/**
 * The cleaned text with two segmentations: what every recogniser reads.
 *
 * @param tokens      fine-grained words, so that name boundaries can be found
 * @param namedTokens words after HanLP's name recognisers joined them into names ({@code nt}, {@code ns}, {@code nr})
 */
public record AnalysedText(String text, List<Token> tokens, List<Token> namedTokens) {
    public AnalysedText {
        tokens = List.copyOf(tokens);
        namedTokens = List.copyOf(namedTokens);
    }

    /** A text with one segmentation serving both purposes (for tests of single recognisers). */
    public AnalysedText(String text, List<Token> tokens) {
        this(text, tokens, tokens);
    }

    /** Index of the token that starts at the offset, or -1. */
    public int tokenStartingAt(int offset) {
        int lo = 0, hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int s = tokens.get(mid).start();
            if (s < offset) lo = mid + 1;
            else if (s > offset) hi = mid - 1;
            else return mid;
        }
        return -1;
    }

    /** The tokens from the one covering {@code start} up to those starting before {@code end}; empty when no token covers start. */
    public List<Token> tokensIn(int start, int end) {
        int first = tokenAt(start);
        if (first < 0) return List.of();
        int last = first;
        while (last < tokens.size() && tokens.get(last).start() < end) last++;
        return tokens.subList(first, last);
    }

    /** Index of the token that covers the offset, or -1. */
    public int tokenAt(int offset) {
        int lo = 0, hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token t = tokens.get(mid);
            if (offset < t.start()) hi = mid - 1;
            else if (offset >= t.end()) lo = mid + 1;
            else return mid;
        }
        return -1;
    }
}

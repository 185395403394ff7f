package org.policygraph.recognise;

import java.util.List;

/** The cleaned text with its tokens: what every recogniser reads. */
public record AnalysedText(String text, List<Token> tokens) {
    public AnalysedText {
        tokens = List.copyOf(tokens);
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

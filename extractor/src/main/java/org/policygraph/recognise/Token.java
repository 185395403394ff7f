package org.policygraph.recognise;

/**
 * A word of the segmented text with its part of speech (HanLP's tag set: {@code ns} place,
 * {@code nt} organisation, {@code nr} person, {@code n} noun, {@code v} verb, {@code w} punctuation…).
 */
public record Token(int start, int end, String word, String pos) {
    public boolean posStartsWith(String prefix) { return pos != null && pos.startsWith(prefix); }
}

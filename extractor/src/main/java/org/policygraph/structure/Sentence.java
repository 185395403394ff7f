package org.policygraph.structure;

/** A sentence of the cleaned text: [start, end) in UTF-16 code units. */
public record Sentence(int index, int start, int end) {
    public boolean contains(int offset) { return offset >= start && offset < end; }
}

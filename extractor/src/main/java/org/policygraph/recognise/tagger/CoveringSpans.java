package org.policygraph.recognise.tagger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * For each character of a text, the spans covering it in the order they were given: the
 * span families' features are written from these per character, by either writer.
 */
final class CoveringSpans<T> {
    private final List<List<T>> covering;

    private CoveringSpans(List<List<T>> covering) {
        this.covering = covering;
    }

    /** The spans {@code [start, end)}, clipped to the text's {@code length} characters. */
    static <T> CoveringSpans<T> of(List<T> spans, ToIntFunction<T> start, ToIntFunction<T> end, int length) {
        List<List<T>> covering = new ArrayList<>(Collections.nCopies(length, List.of()));
        for (T span : spans) {
            for (int i = Math.max(0, start.applyAsInt(span)); i < Math.min(length, end.applyAsInt(span)); i++) {
                if (covering.get(i).isEmpty()) covering.set(i, new ArrayList<>(2)); // most characters have none
                covering.get(i).add(span);
            }
        }
        return new CoveringSpans<>(covering);
    }

    List<T> at(int i) {
        return covering.get(i);
    }
}

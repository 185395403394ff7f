package org.policygraph.recognise.tagger;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.Map;
import java.util.TreeMap;
import org.policygraph.recognise.EntityType;

/**
 * Every head word of the suffix grammar in a text, found in one automaton pass: which head of
 * each length ends at each character. The tagger's head features ask this for every character
 * and length, where a substring and a hash lookup for each took a tenth of extraction.
 */
final class HeadWordMatches {
    private static final EntityType[] TYPES = EntityType.values();

    private final int[] lengths;
    /** {@code ending[k][i]}: 1 + the ordinal of the type of the head of {@code lengths[k]} characters ending at i, or 0. */
    private final byte[][] ending;

    private HeadWordMatches(int[] lengths, byte[][] ending) {
        this.lengths = lengths;
        this.ending = ending;
    }

    /** The automaton of the head words and their types, and their lengths ascending, for {@link #in}. */
    record Heads(AhoCorasickDoubleArrayTrie<EntityType> automaton, int[] lengths) {
        static Heads of(Map<String, EntityType> heads) {
            AhoCorasickDoubleArrayTrie<EntityType> trie = new AhoCorasickDoubleArrayTrie<>();
            trie.build(new TreeMap<>(heads));
            return new Heads(trie, heads.keySet().stream().mapToInt(String::length).distinct().sorted().toArray());
        }
    }

    static HeadWordMatches in(Heads heads, String text) {
        int[] lengths = heads.lengths();
        byte[][] ending = new byte[lengths.length][text.length()];
        if (!text.isEmpty()) {
            heads.automaton().parseText(text, (begin, end, type) ->
                    ending[java.util.Arrays.binarySearch(lengths, end - begin)][end - 1] = (byte) (type.ordinal() + 1));
        }
        return new HeadWordMatches(lengths, ending);
    }

    /** The lengths of the head words, ascending. */
    int[] lengths() { return lengths; }

    /** The type of the head word of {@code lengths()[k]} characters ending at {@code end - 1}, or null. */
    EntityType endingAt(int k, int end) {
        byte b = ending[k][end - 1];
        return b == 0 ? null : TYPES[b - 1];
    }

    /** The type of the longest head word ending at character i, or null. */
    EntityType longestEndingAt(int i) {
        for (int k = lengths.length - 1; k >= 0; k--) {
            if (ending[k][i] != 0) return TYPES[ending[k][i] - 1];
        }
        return null;
    }
}

package org.policygraph.recognise.tagger;

import com.carrotsearch.hppc.BitMixer;
import com.carrotsearch.hppc.LongIntHashMap;
import com.carrotsearch.hppc.cursors.LongIntCursor;
import com.hankcs.hanlp.model.perceptron.feature.FeatureMap;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Map;

/**
 * A model's feature ids keyed by a 64-bit fingerprint of each feature string, in HPPC's
 * open-addressing map of primitives: the 104k features of the bundled model fit in two arrays of
 * a few megabytes, so a lookup is a probe into memory the cache holds, not the walk of HanLP's
 * double-array trie over the string's UTF-8 bytes (a quarter of extraction) nor the chase of a
 * hash map's nodes. Two features of the model sharing a fingerprint are refused when it is built;
 * an unseen string passes for a feature with a probability below 10^-14 per lookup.
 */
final class FeatureIds {
    private final LongIntHashMap ids;

    private FeatureIds(LongIntHashMap ids) {
        this.ids = ids;
    }

    static FeatureIds of(FeatureMap map) {
        LongIntHashMap ids = new LongIntHashMap(map.size());
        for (Map.Entry<String, Integer> e : map.entrySet()) {
            if (ids.put(fingerprint(e.getKey()), e.getValue() + 1) != 0) {
                throw new IllegalStateException("two features of the model share a fingerprint, among them " + e.getKey());
            }
        }
        return new FeatureIds(ids);
    }

    /** Reads what {@link #write} wrote: the table as stored with the model, so that start-up need not walk the trie for it. */
    static FeatureIds read(DataInputStream in) throws IOException {
        int n = in.readInt();
        LongIntHashMap ids = new LongIntHashMap(n);
        for (int i = 0; i < n; i++) ids.put(in.readLong(), in.readInt());
        return new FeatureIds(ids);
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(ids.size());
        for (LongIntCursor c : ids) {
            out.writeLong(c.key);
            out.writeInt(c.value);
        }
    }

    /** The feature's id, or -1 when the model does not have it. */
    int idOf(String feature) {
        return idOfFingerprint(fingerprint(feature));
    }

    /** The id of the feature of this {@link #fingerprint}, or -1 when the model does not have it. */
    int idOfFingerprint(long fingerprint) {
        // stored as id + 1: the map answers 0 for a missing key
        return ids.get(fingerprint) - 1;
    }

    static long fingerprint(String s) {
        long h = START;
        for (int i = 0; i < s.length(); i++) h = step(h, s.charAt(i));
        return finish(h, s.length());
    }

    // FNV-1a over the UTF-16 units, then mixed; in three steps so that a feature written part by
    // part (FeatureIdWriter) gets the fingerprint of its string without the string

    /** The state before the first unit. */
    static final long START = 0xcbf29ce484222325L;

    /** The state after one more UTF-16 unit. */
    static long step(long h, char c) {
        return (h ^ c) * 0x100000001b3L;
    }

    /** The fingerprint of the {@code length} units that led to state {@code h}. */
    static long finish(long h, int length) {
        return BitMixer.mix64(h ^ length);
    }
}

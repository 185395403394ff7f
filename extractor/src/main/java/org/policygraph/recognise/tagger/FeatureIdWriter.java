package org.policygraph.recognise.tagger;

import java.util.Arrays;

/**
 * Writes each feature as its model id, for recognition: the fingerprint of the feature's string
 * is computed as its parts are appended, so no string is built, and a feature the model lacks is
 * left out of the row, as {@link TaggerInstance#of} leaves it out.
 */
final class FeatureIdWriter implements FeatureWriter<int[]> {
    private final FeatureIds ids;
    /** The fingerprint's state over the units appended so far, and how many. */
    private long state;
    private int length;
    private int[] row = new int[64];
    private int size;

    FeatureIdWriter(FeatureIds ids) {
        this.ids = ids;
    }

    @Override
    public FeatureIdWriter begin(String template) {
        state = FeatureIds.START;
        length = 0;
        return append(template);
    }

    @Override
    public FeatureIdWriter append(char c) {
        state = FeatureIds.step(state, c);
        length++;
        return this;
    }

    @Override
    public FeatureIdWriter append(String s) {
        if (s == null) s = "null";
        for (int i = 0; i < s.length(); i++) state = FeatureIds.step(state, s.charAt(i));
        length += s.length();
        return this;
    }

    @Override
    public FeatureIdWriter append(int n) {
        long v = n; // a long, so that Integer.MIN_VALUE negates
        if (v < 0) {
            append('-');
            v = -v;
        }
        long unit = 1;
        while (unit * 10 <= v) unit *= 10;
        for (; unit > 0; unit /= 10) append((char) ('0' + v / unit % 10));
        return this;
    }

    /** The fingerprint of the feature written since {@link #begin}: {@link FeatureIds#fingerprint} of its string. */
    long fingerprint() {
        return FeatureIds.finish(state, length);
    }

    @Override
    public void end() {
        int id = ids.idOfFingerprint(fingerprint());
        if (id >= 0) add(id);
    }

    @Override
    public void endOnce() {
        int id = ids.idOfFingerprint(fingerprint());
        if (id >= 0 && !inRow(id)) add(id);
    }

    @Override
    public int[] finishRow() {
        int[] finished = Arrays.copyOf(row, size);
        size = 0;
        return finished;
    }

    private boolean inRow(int id) {
        for (int k = 0; k < size; k++) if (row[k] == id) return true;
        return false;
    }

    private void add(int id) {
        if (size == row.length) row = Arrays.copyOf(row, 2 * size);
        row[size++] = id;
    }
}

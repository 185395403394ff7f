package org.policygraph.recognise.tagger;

import java.util.ArrayList;
import java.util.List;

/** Writes each feature as its string: what training looks up in (and adds to) HanLP's feature map. */
final class FeatureStringWriter implements FeatureWriter<List<String>> {
    private final StringBuilder feature = new StringBuilder(32);
    private List<String> row = new ArrayList<>(48);

    @Override
    public FeatureStringWriter begin(String template) {
        feature.setLength(0);
        feature.append(template);
        return this;
    }

    @Override
    public FeatureStringWriter append(char c) {
        feature.append(c);
        return this;
    }

    @Override
    public FeatureStringWriter append(String s) {
        feature.append(s);
        return this;
    }

    @Override
    public FeatureStringWriter append(int n) {
        feature.append(n);
        return this;
    }

    @Override
    public void end() {
        row.add(feature.toString());
    }

    @Override
    public void endOnce() {
        String f = feature.toString();
        if (!row.contains(f)) row.add(f);
    }

    @Override
    public List<String> finishRow() {
        List<String> finished = row;
        row = new ArrayList<>(48);
        return finished;
    }
}

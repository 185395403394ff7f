package org.policygraph.recognise.tagger;

import com.hankcs.hanlp.corpus.io.ByteArray;
import com.hankcs.hanlp.model.perceptron.model.LinearModel;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained tagger: HanLP's {@link LinearModel} (feature map and weights) with what it was made
 * from: the feature families it uses, the SHA-256 of the training data, and the training settings.
 * Stored gzipped: a header of our own, the feature ids by fingerprint ({@link FeatureIds}), then
 * the model as HanLP writes it.
 */
public final class TaggerModel {
    /** Version 2 stores the feature ids by fingerprint ahead of HanLP's model; version 1 files are still read. */
    private static final String MAGIC = "policygraph-tagger/2";
    private static final String MAGIC_1 = "policygraph-tagger/1";
    /** The model bundled in the jar, trained on {@code training/} by {@code policygraph train}. */
    public static final String BUNDLED = "model.bin.gz";

    private final LinearModel model;
    private final Set<FeatureFamily> families;
    private final String trainingSha256;
    private final TaggerTrainer.Settings settings;
    /** Built from the feature map on first need, unless read with the model. */
    private volatile FeatureIds featureIds;
    /** The weights without their zeros, for decoding; built on first need. */
    private volatile SparseWeights sparseWeights;

    /** @throws IllegalArgumentException for weights over another tag set (a model of an older PolicyGraph) */
    public TaggerModel(LinearModel model, Set<FeatureFamily> families, String trainingSha256, TaggerTrainer.Settings settings) {
        int tags = model.featureMap.tagSet.size();
        if (tags != EntityTags.size()) {
            throw new IllegalArgumentException("a tagger model of " + tags + " tags, but this PolicyGraph tags with "
                    + EntityTags.size() + ": retrain it with policygraph train");
        }
        this.model = model;
        // in the enum's order, so that the model file lists them the same way on every run
        EnumSet<FeatureFamily> ordered = EnumSet.noneOf(FeatureFamily.class);
        ordered.addAll(families);
        this.families = Collections.unmodifiableSet(ordered);
        this.trainingSha256 = trainingSha256;
        this.settings = settings;
    }

    public LinearModel linearModel() { return model; }

    public Set<FeatureFamily> families() { return families; }

    public String trainingSha256() { return trainingSha256; }

    public TaggerTrainer.Settings settings() { return settings; }

    /** The model's feature ids by fingerprint, for decoding. */
    FeatureIds featureIds() {
        FeatureIds ids = featureIds;
        if (ids == null) featureIds = ids = FeatureIds.of(model.featureMap);
        return ids;
    }

    /** The model's weights without their zeros, for decoding: the model must not change after this is asked for. */
    SparseWeights sparseWeights() {
        SparseWeights s = sparseWeights;
        if (s == null) sparseWeights = s = SparseWeights.of(model.parameter, model.featureMap.tagSet.size());
        return s;
    }

    /** Whether the jar holds a model. */
    public static boolean bundledAvailable() {
        return TaggerModel.class.getResource(BUNDLED) != null;
    }

    public static TaggerModel bundled() {
        try (InputStream in = TaggerModel.class.getResourceAsStream(BUNDLED)) {
            if (in == null) throw new IllegalStateException("no tagger model in the jar (" + BUNDLED + "): run policygraph train");
            return read(in);
        } catch (IOException e) {
            throw new IllegalStateException("the bundled tagger model cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Keeps only the strongest features (by the sum of their weights' magnitudes): {@code ratio} of
     * them dropped, and those weaker than 1e-3 (0 keeps all). Changes this model; returns it.
     */
    public TaggerModel compress(double ratio) {
        if (ratio > 0) {
            QuietHanLpLogger.install();
            model.compress(ratio, 1e-3);
            featureIds = null;
            sparseWeights = null;
        }
        return this;
    }

    /** Writes the model, keeping only the strongest features: {@code compressRatio} of them dropped (0 keeps all). */
    public void write(OutputStream out, double compressRatio) throws IOException {
        compress(compressRatio);
        try (DataOutputStream data = new DataOutputStream(new GZIPOutputStream(out, 1 << 16))) {
            data.writeUTF(MAGIC);
            data.writeUTF(trainingSha256);
            data.writeInt(settings.iterations());
            data.writeLong(settings.seed());
            data.writeInt(families.size());
            for (FeatureFamily f : families) data.writeUTF(f.name());
            featureIds().write(data);
            model.save(data);
        }
    }

    public static TaggerModel read(InputStream in) throws IOException {
        try (DataInputStream data = new DataInputStream(new GZIPInputStream(in, 1 << 16))) {
            String magic = data.readUTF();
            if (!MAGIC.equals(magic) && !MAGIC_1.equals(magic)) throw new IOException("not a PolicyGraph tagger model (" + magic + ")");
            String sha = data.readUTF();
            TaggerTrainer.Settings settings = new TaggerTrainer.Settings(data.readInt(), data.readLong());
            int n = data.readInt();
            Set<FeatureFamily> families = EnumSet.noneOf(FeatureFamily.class);
            for (int i = 0; i < n; i++) families.add(FeatureFamily.valueOf(data.readUTF()));
            FeatureIds ids = MAGIC.equals(magic) ? FeatureIds.read(data) : null;
            ByteArrayOutputStream rest = new ByteArrayOutputStream(1 << 20);
            data.transferTo(rest);
            LinearModel model = new LinearModel(null, null);
            if (!model.load(new ByteArray(rest.toByteArray()))) throw new IOException("the model's weights cannot be read");
            try {
                TaggerModel read = new TaggerModel(model, families, sha, settings);
                read.featureIds = ids;
                return read;
            } catch (IllegalArgumentException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
    }
}

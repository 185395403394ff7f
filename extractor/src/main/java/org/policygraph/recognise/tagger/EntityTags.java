package org.policygraph.recognise.tagger;

import com.hankcs.hanlp.model.perceptron.tagset.NERTagSet;
import org.policygraph.recognise.EntityType;

/**
 * The BIO tag set over the ten entity types: {@code O}, then {@code B-Park}, {@code I-Park}, … in the
 * order of {@link EntityType}. Every tag is in HanLP's {@link NERTagSet} before a feature map is
 * built on it: a tag added later would share ids with ordinary features.
 */
public final class EntityTags {
    public static final int OUTSIDE = 0;
    private static final EntityType[] TYPES = EntityType.values();

    private EntityTags() {}

    /** A new, locked tag set holding all {@link #size()} tags. */
    public static NERTagSet newTagSet() {
        NERTagSet tags = new NERTagSet();
        for (EntityType t : TYPES) {
            tags.add("B-" + t.localName());
            tags.add("I-" + t.localName());
        }
        tags.lock();
        return tags;
    }

    public static int size() {
        return 1 + 2 * TYPES.length;
    }

    public static int begin(EntityType type) {
        return 1 + 2 * type.ordinal();
    }

    public static int inside(EntityType type) {
        return 2 + 2 * type.ordinal();
    }

    public static boolean isBegin(int tag) {
        return tag != OUTSIDE && tag % 2 == 1;
    }

    public static boolean isInside(int tag) {
        return tag != OUTSIDE && tag % 2 == 0;
    }

    /** The type a B- or I- tag names. */
    public static EntityType typeOf(int tag) {
        if (tag == OUTSIDE) throw new IllegalArgumentException("O names no type");
        return TYPES[(tag - 1) / 2];
    }

    /** Whether {@code next} may follow {@code previous} (-1: the start): an I- tag continues its own type only. */
    public static boolean allowed(int previous, int next) {
        if (!isInside(next)) return true;
        return previous != -1 && previous != OUTSIDE && typeOf(previous) == typeOf(next);
    }
}

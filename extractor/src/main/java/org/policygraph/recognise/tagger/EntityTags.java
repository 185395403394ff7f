package org.policygraph.recognise.tagger;

import com.hankcs.hanlp.model.perceptron.tagset.NERTagSet;
import java.util.ArrayList;
import java.util.List;
import org.policygraph.recognise.EntityType;

/**
 * The BIOES tag set over the ten entity types: {@code O}, then {@code B-Park}, {@code I-Park},
 * {@code E-Park}, {@code S-Park}, … in the order of {@link EntityType}. A name's last character
 * has its own tag, so the model learns where names end (…县, …行动) apart from where they go on;
 * cross-validated, BIOES beat BIO. Every tag is in HanLP's {@link NERTagSet} before a feature map
 * is built on it: a tag added later would share ids with ordinary features.
 */
public final class EntityTags {
    public static final int OUTSIDE = 0;
    private static final EntityType[] TYPES = EntityType.values();
    private static final String[] ROLES = {"B", "I", "E", "S"};
    private static final int BEGIN = 0, INSIDE = 1, END = 2, SINGLE = 3;

    private EntityTags() {}

    /** A span of one type, {@code [start, end)} in the tagged sequence. */
    public record Span(int start, int end, EntityType type) {}

    /** A new, locked tag set holding all {@link #size()} tags. */
    public static NERTagSet newTagSet() {
        NERTagSet tags = new NERTagSet();
        for (EntityType t : TYPES) for (String role : ROLES) tags.add(role + "-" + t.localName());
        tags.lock();
        return tags;
    }

    public static int size() {
        return 1 + ROLES.length * TYPES.length;
    }

    private static int tag(EntityType type, int role) {
        return 1 + ROLES.length * type.ordinal() + role;
    }

    private static int role(int tag) {
        return (tag - 1) % ROLES.length;
    }

    /** The type a tag other than O names. */
    public static EntityType typeOf(int tag) {
        if (tag == OUTSIDE) throw new IllegalArgumentException("O names no type");
        return TYPES[(tag - 1) / ROLES.length];
    }

    /** Writes the tags of a span of {@code type} over {@code [start, end)}. */
    public static void mark(int[] tags, int start, int end, EntityType type) {
        if (end - start == 1) {
            tags[start] = tag(type, SINGLE);
            return;
        }
        tags[start] = tag(type, BEGIN);
        for (int i = start + 1; i < end - 1; i++) tags[i] = tag(type, INSIDE);
        tags[end - 1] = tag(type, END);
    }

    /** The spans a tag sequence that keeps to {@link #allowed} and {@link #mayEnd} encodes. */
    public static List<Span> spans(int[] tags) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < tags.length) {
            int t = tags[i];
            if (t == OUTSIDE || role(t) != BEGIN && role(t) != SINGLE) {
                i++;
                continue;
            }
            int j = i + 1;
            if (role(t) == BEGIN) {
                while (j < tags.length && tags[j] == tag(typeOf(t), INSIDE)) j++;
                if (j < tags.length && tags[j] == tag(typeOf(t), END)) j++;
            }
            out.add(new Span(i, j, typeOf(t)));
            i = j;
        }
        return out;
    }

    /** Whether a tag continues a name begun before it (I- or E-). */
    private static boolean continues(int tag) {
        return tag != OUTSIDE && (role(tag) == INSIDE || role(tag) == END);
    }

    /** Whether a tag leaves its name open (B- or I-): the next must continue it. */
    private static boolean open(int tag) {
        return tag != OUTSIDE && (role(tag) == BEGIN || role(tag) == INSIDE);
    }

    /** Whether {@code next} may follow {@code previous} (-1: the start of the sequence). */
    public static boolean allowed(int previous, int next) {
        boolean prevOpen = previous != -1 && open(previous);
        if (continues(next)) return prevOpen && typeOf(previous) == typeOf(next);
        return !prevOpen;
    }

    /** Whether a sequence may end on {@code tag}: not inside an open name. */
    public static boolean mayEnd(int tag) {
        return !open(tag);
    }

    /** For each tag, the tags that may precede it: the decoder's inner loop visits only these. */
    static int[][] predecessors() {
        int n = size();
        int[][] out = new int[n][];
        for (int t = 0; t < n; t++) {
            int[] p = new int[n];
            int k = 0;
            for (int q = 0; q < n; q++) if (allowed(q, t)) p[k++] = q;
            out[t] = java.util.Arrays.copyOf(p, k);
        }
        return out;
    }
}

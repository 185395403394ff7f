package org.policygraph.learn;

import java.util.Set;
import java.util.function.Function;
import org.policygraph.recognise.tagger.FeatureFamily;
import org.policygraph.recognise.tagger.Recognition;
import org.policygraph.recognise.tagger.TaggerModel;

/** The ways of recognising that cross-validation compares: the rules alone, the model alone, both. */
public enum Ablation {
    /** The rule recognisers, no model. */
    RULES("rules only", Set.of()),
    /** A model on the lexical features, without the rules' candidates either as features or as spans. */
    MODEL("model only", FeatureFamily.lexical()),
    /** A model with the rules' candidates as features: what extraction uses. */
    BOTH("model and rules", FeatureFamily.all());

    private final String label;
    private final Set<FeatureFamily> families;

    Ablation(String label, Set<FeatureFamily> families) {
        this.label = label;
        this.families = families;
    }

    public String label() { return label; }

    public Set<FeatureFamily> families() { return families; }

    public boolean trainsModel() { return this != RULES; }

    public Function<TaggerModel, Recognition> recognition() {
        return this == RULES ? m -> Recognition.rulesOnly() : Recognition::withModel;
    }

    public static Ablation parse(String s) {
        for (Ablation a : values()) if (a.name().equalsIgnoreCase(s)) return a;
        throw new IllegalArgumentException("unknown recognition: " + s + " (one of rules, model, both)");
    }
}

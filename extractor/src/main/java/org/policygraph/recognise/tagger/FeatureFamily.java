package org.policygraph.recognise.tagger;

import java.util.EnumSet;
import java.util.Set;

/**
 * The feature templates of the tagger, one switch each, so that an ablation is a change of the
 * set a model is trained with (the set is stored in the model, and decoding uses the same).
 */
public enum FeatureFamily {
    /** Characters at −2…+2 and the bigrams around the position. */
    CHARACTERS,
    /** Han, digit, Latin or punctuation, of the position and its neighbours. */
    CHARACTER_CLASSES,
    /** HanLP's fine segmentation: the position inside its word, the word, its part of speech, the neighbouring words' tags. */
    WORDS,
    /** China's administrative divisions (full and short names) covering the position: where in the name, its level. */
    DIVISIONS,
    /** HanLP's organisation, place and person recognisers: the named token covering the position and its tag. */
    HANLP_NAMES,
    /** Head words of the suffix grammar (…研究院, …条例) ending at or covering the position. */
    HEAD_WORDS,
    /** Inside 《》 or quotation marks, and where in them. */
    BRACKETS,
    /** Distance from the start of the line and from the numbering that opens it. */
    NUMBERING,
    /** The spans the rule recognisers propose, gazetteer included: recogniser, type and position in the span. */
    RULES;

    /** Every family but the rules: a model that stands without them. */
    public static Set<FeatureFamily> lexical() {
        return EnumSet.complementOf(EnumSet.of(RULES));
    }

    public static Set<FeatureFamily> all() {
        return EnumSet.allOf(FeatureFamily.class);
    }
}

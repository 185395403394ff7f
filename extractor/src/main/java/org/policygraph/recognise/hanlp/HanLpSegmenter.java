package org.policygraph.recognise.hanlp;

import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.policygraph.recognise.Segmenter;
import org.policygraph.recognise.Token;

/**
 * HanLP's Viterbi segmentation with offsets, part-of-speech tags and, if asked, HanLP's
 * organisation, place and person recognisers, plus a dictionary of our own words (gazetteer names)
 * so that segmentation keeps them whole. The dictionary belongs to this instance, not to HanLP's
 * global {@code CustomDictionary}. The pipeline takes both segmentations from one search
 * ({@link HanLpTwoLevelSegmenter}, with this class's settings); one alone serves the bench's raw
 * HanLP and the recognisers' tests.
 *
 * <p>Thread-safe without a lock: each thread gets its own HanLP {@code Segment}. A HanLP segment
 * is a bundle of settings whose {@code seg} builds its word net per call (ViterbiSegment.segSentence
 * in HanLP 1.x), but its settings are mutable and nothing promises more, so no two threads share
 * one; they share the read-only dictionaries.
 */
public final class HanLpSegmenter implements Segmenter {
    private final ThreadLocal<Segment> segment;

    /**
     * @param extraWords     words to keep whole, each with its HanLP nature ({@code nt}, {@code ns}, {@code nz}…)
     * @param recogniseNames whether HanLP's organisation, place and person recognisers run: they join
     *                       words into long name tokens, good candidates but too coarse for finding
     *                       where a name begins, so the pipeline reads both kinds
     */
    public HanLpSegmenter(Collection<DictionaryWord> extraWords, boolean recogniseNames) {
        DynamicCustomDictionary dictionary = dictionary(extraWords);
        this.segment = ThreadLocal.withInitial(() -> configure(new ViterbiSegment(), dictionary, recogniseNames));
    }

    /** A dictionary of these words alone, each with its nature and a high frequency, so that segmentation keeps them whole. */
    static DynamicCustomDictionary dictionary(Collection<DictionaryWord> extraWords) {
        DynamicCustomDictionary dictionary = new DynamicCustomDictionary();
        for (DictionaryWord w : extraWords) {
            dictionary.insert(w.word(), w.nature() + " 1000");
        }
        return dictionary;
    }

    /** The pipeline's settings: offsets, parts of speech, the dictionary, and the recognisers on or off (Japanese names never). */
    static <S extends Segment> S configure(S segment, DynamicCustomDictionary dictionary, boolean recogniseNames) {
        segment.enableCustomDictionary(dictionary)
                .enableOffset(true)
                .enablePartOfSpeechTagging(true)
                .enableOrganizationRecognize(recogniseNames)
                .enablePlaceRecognize(recogniseNames)
                .enableNameRecognize(recogniseNames)
                .enableTranslatedNameRecognize(recogniseNames)
                .enableJapaneseNameRecognize(false);
        return segment;
    }

    /** A word for the segmenter's own dictionary. */
    public record DictionaryWord(String word, String nature) {}

    @Override
    public List<Token> segment(String text) {
        return tokens(segment.get().seg(text));
    }

    static List<Token> tokens(List<Term> terms) {
        List<Token> tokens = new ArrayList<>(terms.size());
        for (Term t : terms) {
            tokens.add(new Token(t.offset, t.offset + t.word.length(), t.word, t.nature == null ? "x" : t.nature.toString()));
        }
        return tokens;
    }
}

package org.policygraph.recognise.hanlp;

import java.util.Collection;
import java.util.List;
import org.policygraph.recognise.Token;
import org.policygraph.recognise.TwoLevelSegmenter;

/**
 * Both segmentations from one HanLP search ({@link WordsAndNamesSegment}): the words a
 * {@link HanLpSegmenter} with the recognisers off gives, and the words one with them on gives,
 * for the cost of the second alone. Thread-safe as {@link HanLpSegmenter} is: a segment per thread.
 */
public final class HanLpTwoLevelSegmenter implements TwoLevelSegmenter {
    private final ThreadLocal<WordsAndNamesSegment> segment;

    /** @param extraWords words to keep whole, as {@link HanLpSegmenter} takes them */
    public HanLpTwoLevelSegmenter(Collection<HanLpSegmenter.DictionaryWord> extraWords) {
        var dictionary = HanLpSegmenter.dictionary(extraWords);
        this.segment = ThreadLocal.withInitial(() -> HanLpSegmenter.configure(new WordsAndNamesSegment(), dictionary, true));
    }

    @Override
    public Segmentations segment(String text) {
        WordsAndNamesSegment s = segment.get();
        List<Token> named = HanLpSegmenter.tokens(s.seg(text));
        return new Segmentations(HanLpSegmenter.tokens(s.lastWords()), named);
    }
}

package org.policygraph.recognise.hanlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policygraph.Corpus;
import org.policygraph.TrainingReports;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.TextAnalyser;
import org.policygraph.recognise.Token;

/**
 * One HanLP search gives both segmentations exactly as two segments do, one with the recognisers
 * off and one with them on, with the pipeline's own dictionary words: on every sample and
 * provincial report, token for token (offsets, words and parts of speech).
 */
class HanLpTwoLevelSegmenterTest {
    private static final List<HanLpSegmenter.DictionaryWord> WORDS = PolicyTerms.bundled();
    private static final TextAnalyser TWO_SEARCHES =
            new TextAnalyser(new HanLpSegmenter(WORDS, false), new HanLpSegmenter(WORDS, true));
    private static final TextAnalyser ONE_SEARCH = new TextAnalyser(new HanLpTwoLevelSegmenter(WORDS));

    static Stream<String> reports() {
        List<String> texts = new ArrayList<>();
        for (String name : Corpus.ALL) texts.add(Corpus.read(name));
        for (Path p : TrainingReports.all()) texts.add(TrainingReports.read(p));
        return texts.stream();
    }

    @ParameterizedTest
    @MethodSource("reports")
    void oneSearchGivesTheWordsAndTheNamesOfTwo(String text) {
        AnalysedText two = TWO_SEARCHES.analyse(text), one = ONE_SEARCH.analyse(text);
        assertEquals(two.tokens(), one.tokens(), "the words");
        assertEquals(two.namedTokens(), one.namedTokens(), "the names");
    }

    @Test
    void theTwoSegmentationsDiffer() {
        // a person and an organisation: the recognisers join what the words keep apart
        AnalysedText a = ONE_SEARCH.analyse("张伟在北京中关村科技园区管理委员会工作。");
        List<String> words = a.tokens().stream().map(Token::word).toList(), named = a.namedTokens().stream().map(Token::word).toList();
        assertNotEquals(words, named);
        assertEquals(String.join("", words), String.join("", named));
    }
}

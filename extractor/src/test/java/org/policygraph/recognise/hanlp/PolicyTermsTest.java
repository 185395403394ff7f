package org.policygraph.recognise.hanlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policygraph.Corpus;
import org.policygraph.recognise.RealSegmentation;
import org.policygraph.recognise.Token;

/** The bundled policy vocabulary keeps 一区多园 whole, which plain HanLP splits into 一/区/多/园. */
class PolicyTermsTest {
    /** 000, 第66项. */
    private static final String ROUNDS = "开展2018年、2019年中关村示范区一区多园高精尖培育项目绩效评价";

    @Test
    void theVocabularyKeepsItsWordsWhole() {
        assertTrue(Corpus.read(Corpus.R000).contains(ROUNDS));
        List<String> plain = RealSegmentation.FINE.segment(ROUNDS).stream().map(Token::word).toList();
        assertFalse(plain.contains("一区多园"), "precondition: plain HanLP splits the term: " + plain);
        List<String> withTerms = new HanLpSegmenter(PolicyTerms.bundled(), false).segment(ROUNDS).stream().map(Token::word).toList();
        assertTrue(withTerms.contains("一区多园"), withTerms.toString());
    }

    @Test
    void aMalformedLineIsReportedWithItsNumber() {
        var e = assertThrows(IllegalStateException.class,
                () -> PolicyTerms.parse(new BufferedReader(new StringReader("# terms\n一区多园\tnz\n放管服\n"))));
        assertTrue(e.getMessage().contains("terms.tsv:3"), e.getMessage());
    }

    @Test
    void commentsAndBlankLinesAreSkipped() throws Exception {
        var words = PolicyTerms.parse(new BufferedReader(new StringReader("# c\n\n一区多园\tnz\n")));
        assertEquals(List.of(new HanLpSegmenter.DictionaryWord("一区多园", "nz")), words);
    }
}

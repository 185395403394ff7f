package org.policygraph.recognise.hanlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policygraph.Corpus;
import org.policygraph.recognise.RealSegmentation;
import org.policygraph.recognise.Token;

/** The HanLP wrapper on sentences of the sample reports: exact offsets, our own dictionary words, name recognition on and off. */
class HanLpSegmenterTest {
    private static final HanLpSegmenter FINE = RealSegmentation.FINE;
    private static final HanLpSegmenter NAMED = RealSegmentation.NAMED;

    /** 000, 第61项 with its progress line (corpus lines 7 and 8). */
    private static final String TASK_61 = "第61项:实施促进科技成果转化条例,落实好法律赋予的科研人员科技成果所有权或长期使用权。\n"
            + "工作进展:1.落实《北京市促进科技成果转化条例》职务科技成果权属改革,组织召开高校院所专题研讨会,"
            + "会同北京工业大学、北京科学技术研究院等研究细化具体落实方案和举措,研究相关协议文本。";

    /** 001, (二十二): a meeting with the officials who spoke at it. */
    private static final String SENTENCE_WITH_NAMES = "同月,召开2018年中关村社会组织工作会,总结经验并部署工作,市委社会工委书记宋贵伦、"
            + "中关村管委会主任翟立新、市社团办主任温庆云等出席会议并讲话,300多位社会组织负责人参加会议。";

    /** 000, 第65项. */
    private static final String SCIENCE_CITY = "工作进展:1.会同中关村科学城管委会、海淀区政府研究完成中关村科学城2020年工作方案"
            + "并已纳入全国科技创新中心2020年工作方案印发。";

    @Test
    void tokenOffsetsAreExactAcrossAMultiLineParagraph() {
        assertTrue(Corpus.read(Corpus.R000).contains(TASK_61), "lines copied from the corpus");
        // and the head of 001 as stored: headings, blank lines and indented paragraphs
        String raw = Corpus.read(Corpus.R001);
        int cut = 0;
        for (int lines = 0; lines < 6; lines++) cut = raw.indexOf('\n', cut) + 1;
        for (String text : List.of(TASK_61, raw.substring(0, cut))) {
            assertTrue(text.indexOf('\n') >= 0);
            for (HanLpSegmenter s : List.of(FINE, NAMED)) {
                List<Token> tokens = s.segment(text);
                assertFalse(tokens.isEmpty());
                int expectedStart = 0;
                for (Token t : tokens) {
                    assertEquals(t.word(), text.substring(t.start(), t.end()), "offsets of " + t);
                    assertEquals(expectedStart, t.start(), "tokens follow one another without gaps: " + t);
                    assertTrue(t.end() > t.start(), "empty token " + t);
                    expectedStart = t.end();
                }
                assertEquals(text.length(), expectedStart, "the tokens cover the whole text");
            }
        }
    }

    @Test
    void sentencesAreCopiedFromTheCorpus() {
        assertTrue(Corpus.read(Corpus.R000).contains(SCIENCE_CITY));
        assertTrue(Corpus.read(Corpus.R001).contains(SENTENCE_WITH_NAMES));
    }

    @Test
    void punctuationIsTaggedW() {
        int marks = 0;
        for (Token t : FINE.segment(SCIENCE_CITY)) {
            if (t.word().equals("、") || t.word().equals(":") || t.word().equals("。")) {
                assertTrue(t.posStartsWith("w"), t.toString());
                marks++;
            }
        }
        assertEquals(3, marks);
    }

    @Test
    void aDictionaryWordStaysWhole() {
        String word = "中关村科学城管委会";
        int at = SCIENCE_CITY.indexOf(word);
        assertTrue(FINE.segment(SCIENCE_CITY).stream().noneMatch(t -> t.word().equals(word)),
                "without the dictionary HanLP splits the name, else this test proves nothing");

        HanLpSegmenter withWord = new HanLpSegmenter(List.of(new HanLpSegmenter.DictionaryWord(word, "nt")), false);
        List<Token> tokens = withWord.segment(SCIENCE_CITY);
        Token whole = tokens.stream().filter(t -> t.word().equals(word)).findFirst()
                .orElseThrow(() -> new AssertionError("not one token: " + RealSegmentation.describeTokens(tokens)));
        assertEquals(at, whole.start());
        assertEquals(at + word.length(), whole.end());
        assertEquals("nt", whole.pos(), "the nature given with the word");
        // the rest of the sentence is segmented as before
        assertTrue(tokens.stream().anyMatch(t -> t.word().equals("海淀区")), RealSegmentation.describeTokens(tokens));
    }

    @Test
    void theDictionaryBelongsToItsSegmenterOnly() {
        String word = "中关村科学城管委会";
        HanLpSegmenter withWord = new HanLpSegmenter(List.of(new HanLpSegmenter.DictionaryWord(word, "nt")), false);
        assertTrue(withWord.segment(SCIENCE_CITY).stream().anyMatch(t -> t.word().equals(word)));
        // built after the other: a global dictionary would have taken the word in
        HanLpSegmenter plain = new HanLpSegmenter(List.of(), false);
        for (HanLpSegmenter s : List.of(plain, FINE)) {
            assertTrue(s.segment(SCIENCE_CITY).stream().noneMatch(t -> t.word().equals(word)),
                    "a dictionary word leaked into another segmenter");
        }
    }

    @Test
    void nameRecognitionJoinsPersonsAndOrganisations() {
        assertTrue(Corpus.read(Corpus.R001).contains(SENTENCE_WITH_NAMES), "sentence copied from the corpus");
        List<Token> fine = FINE.segment(SENTENCE_WITH_NAMES);
        List<Token> named = NAMED.segment(SENTENCE_WITH_NAMES);
        for (String person : List.of("宋贵伦", "翟立新", "温庆云")) {
            Token t = named.stream().filter(x -> x.word().equals(person)).findFirst()
                    .orElseThrow(() -> new AssertionError(person + " not joined: " + RealSegmentation.describeTokens(named)));
            assertTrue(t.posStartsWith("nr"), t.toString());
            assertTrue(fine.stream().noneMatch(x -> x.word().equals(person)), "fine tokens split " + person);
        }
        assertTrue(named.stream().anyMatch(t -> t.word().equals("市委社会工委") && t.posStartsWith("nt")),
                RealSegmentation.describeTokens(named));
        assertTrue(named.size() < fine.size(), "name tokens are coarser");
    }
}

package org.policygraph.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policygraph.Corpus;
import org.policygraph.clean.ReportTextCleaner;

/** Sentences end at 。！？!? and at line breaks, keep their closing quotes, and never overlap. */
class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> texts(String text) {
        return splitter.split(text).stream().map(s -> text.substring(s.start(), s.end())).collect(Collectors.toList());
    }

    @Test
    void splitsAtFullStopsExclamationAndQuestionMarksAndLineBreaks() {
        assertEquals(List.of("推进建设。", "加快落地！", "成效如何？", "第1项:推进园区建设", "工作进展:已完成。"),
                texts("推进建设。加快落地！成效如何？第1项:推进园区建设\n工作进展:已完成。"));
    }

    @Test
    void halfWidthMarksEndSentencesToo() {
        assertEquals(List.of("成效如何?", "加快落地!", "继续推进"), texts("成效如何?加快落地!继续推进"));
    }

    @Test
    void closingQuotesAndBracketsStayWithTheirSentence() {
        assertEquals(List.of("打造“云上中关村论坛。”", "形成《报告。》", "下一步工作。"),
                texts("打造“云上中关村论坛。”形成《报告。》下一步工作。"));
    }

    @Test
    void commasAndEnumerationCommasDoNotSplit() {
        assertEquals(1, splitter.split("加强财政、土地、人才等配套条件支撑,提升服务能力;推进落实。").size());
    }

    @Test
    void blankLinesAndSurroundingSpaceGiveNoSentences() {
        List<Sentence> s = splitter.split("\n\n  甲。 \n\n乙。\n   \n");
        assertEquals(2, s.size());
        assertEquals(List.of(0, 1), s.stream().map(Sentence::index).collect(Collectors.toList()));
        assertTrue(splitter.split("").isEmpty());
        assertTrue(splitter.split(" \n \n").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {Corpus.R000, Corpus.R001, Corpus.R003})
    void corpusSentencesAreOrderedDisjointAndCoverEveryCharacter(String report) {
        String text = new ReportTextCleaner().clean(Corpus.read(report)).text();
        List<Sentence> sentences = splitter.split(text);
        assertTrue(sentences.size() > 50, report + ": only " + sentences.size() + " sentences");
        boolean[] covered = new boolean[text.length()];
        int previousEnd = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            assertEquals(i, s.index());
            if (s.start() < previousEnd) fail(report + ": sentence " + i + " overlaps the one before");
            if (s.end() <= s.start()) fail(report + ": sentence " + i + " is empty");
            String body = text.substring(s.start(), s.end());
            if (body.indexOf('\n') >= 0) fail(report + ": sentence " + i + " crosses a line break: " + body);
            if (!body.equals(body.strip())) fail(report + ": sentence " + i + " not trimmed");
            // a sentence end mark can only be the last one, or be followed by closers only
            String inner = body.substring(0, body.length() - 1);
            for (int k = 0; k < inner.length(); k++) {
                if ("。！？!?".indexOf(inner.charAt(k)) >= 0 && !inner.substring(k + 1).matches("[”’\")）》」]*")) {
                    fail(report + ": sentence " + i + " runs on past an end mark: " + body);
                }
            }
            for (int k = s.start(); k < s.end(); k++) covered[k] = true;
            previousEnd = s.end();
        }
        for (int k = 0; k < text.length(); k++) {
            if (!covered[k] && !Character.isWhitespace(text.charAt(k))) fail(report + ": character " + k + " '" + text.charAt(k) + "' in no sentence");
        }
    }

    @Test
    void sentenceAtFindsTheSentenceHoldingAnOffset() {
        String text = "甲乙丙。丁戊。\n己。";
        ReportStructure r = new ReportStructure(List.of(), splitter.split(text));
        assertEquals(0, r.sentenceAt(0).orElseThrow().index());
        assertEquals(0, r.sentenceAt(3).orElseThrow().index());
        assertEquals(1, r.sentenceAt(4).orElseThrow().index());
        assertEquals(2, r.sentenceAt(text.indexOf('己')).orElseThrow().index());
        assertTrue(r.sentenceAt(text.indexOf('\n')).isEmpty());
    }
}

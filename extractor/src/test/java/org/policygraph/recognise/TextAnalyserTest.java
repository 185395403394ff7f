package org.policygraph.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policygraph.Corpus;
import org.policygraph.clean.ReportTextCleaner;

/**
 * Line-by-line segmentation of whole cleaned reports: token offsets point into the whole text,
 * also in lines long enough to be cut at a full stop, and {@link AnalysedText}'s lookups agree.
 */
class TextAnalyserTest {

    private static String cleaned(String report) {
        return new ReportTextCleaner().clean(Corpus.read(report)).text();
    }

    @ParameterizedTest
    @ValueSource(strings = {Corpus.R000, Corpus.R001, Corpus.R003})
    void bothSegmentationsHaveExactOffsetsIntoTheWholeText(String report) {
        String text = cleaned(report);
        AnalysedText at = RealSegmentation.analyse(text);
        assertEquals(text, at.text());
        for (List<Token> tokens : List.of(at.tokens(), at.namedTokens())) {
            assertFalse(tokens.isEmpty());
            int previousEnd = 0;
            for (Token t : tokens) {
                assertEquals(t.word(), text.substring(t.start(), t.end()), "offsets of " + t);
                assertTrue(t.start() >= previousEnd, "tokens out of order or overlapping at " + t);
                assertFalse(t.word().contains("\n"), "a token spans lines: " + t);
                // nothing but line breaks is skipped
                String skipped = text.substring(previousEnd, t.start());
                assertTrue(skipped.chars().allMatch(c -> c == '\n'), "text left unsegmented before " + t + ": [" + skipped + "]");
                previousEnd = t.end();
            }
            assertTrue(text.substring(previousEnd).chars().allMatch(c -> c == '\n'), "the end of the text is unsegmented");
        }
    }

    @Test
    void longLinesAreSegmentedWholeAcrossTheirCuts() {
        String report = Corpus.R003; // the one sample report with lines over 400 characters
        String text = cleaned(report);
        AnalysedText at = RealSegmentation.analyse(text);
        // the longest line is cut at a full stop past its 200th character; no token may straddle or lose text there
        int bestStart = 0, bestLen = 0;
        for (int s = 0; s < text.length(); ) {
            int nl = text.indexOf('\n', s);
            int e = nl < 0 ? text.length() : nl;
            if (e - s > bestLen) {
                bestLen = e - s;
                bestStart = s;
            }
            s = e + 1;
        }
        assertTrue(bestLen > 400, report + " has no line long enough to be cut: " + bestLen);
        int lineStart = bestStart, lineEnd = bestStart + bestLen;
        StringBuilder rebuilt = new StringBuilder();
        for (Token t : at.tokens()) {
            if (t.start() >= lineStart && t.end() <= lineEnd) rebuilt.append(t.word());
            else assertFalse(t.start() < lineEnd && t.end() > lineStart, "token straddles the line: " + t);
        }
        assertEquals(text.substring(lineStart, lineEnd), rebuilt.toString());
    }

    @Test
    void tokenLookupsAgreeWithTheTokens() {
        String text = cleaned(Corpus.R000);
        AnalysedText at = RealSegmentation.analyse(text);
        List<Token> tokens = at.tokens();
        int inside = 0;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            assertEquals(k, at.tokenStartingAt(t.start()));
            assertEquals(k, at.tokenAt(t.start()));
            assertEquals(k, at.tokenAt(t.end() - 1));
            if (t.end() - t.start() > 1) {
                assertEquals(-1, at.tokenStartingAt(t.start() + 1), "no token starts inside " + t);
                inside++;
            }
        }
        assertTrue(inside > 0);
        int newline = text.indexOf('\n');
        assertTrue(newline > 0);
        assertEquals(-1, at.tokenAt(newline), "line breaks belong to no token");
        assertEquals(-1, at.tokenStartingAt(newline));
        assertEquals(-1, at.tokenAt(text.length()));
    }
}

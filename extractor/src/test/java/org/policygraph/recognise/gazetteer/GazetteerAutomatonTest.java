package org.policygraph.recognise.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policygraph.Corpus;
import org.policygraph.TrainingReports;
import org.policygraph.clean.ReportTextCleaner;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.Mention;
import org.policygraph.recognise.RealSegmentation;

/**
 * The gazetteer's automaton finds what the scan it replaced found (a substring lookup at every
 * position and length, longest first), on every sample and provincial report.
 */
class GazetteerAutomatonTest {
    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.bundled();
    }

    static Stream<String> reports() {
        return Stream.concat(Corpus.ALL.stream().map(Corpus::read), TrainingReports.all().stream().limit(8).map(TrainingReports::read))
                .map(t -> new ReportTextCleaner().clean(t).text());
    }

    @ParameterizedTest
    @MethodSource("reports")
    void theRecogniserFindsWhatTheScanByPositionFound(String text) {
        AnalysedText at = RealSegmentation.analyse(text);
        List<Mention> found = new GazetteerRecogniser(gazetteer).recognise(at);
        assertTrue(found.size() > 10, "the report names known bodies");
        assertEquals(scanByPosition(at), found);
    }

    @ParameterizedTest
    @MethodSource("reports")
    void canonicalNamesReplaceWhatTheScanByPositionReplaced(String text) {
        String line = text.substring(0, Math.min(text.length(), 3000));
        assertEquals(canonicalByPosition(line), gazetteer.withCanonicalNames(line));
    }

    /** The recogniser as it was: every length at every position, longest first, with the recogniser's own word checks. */
    private static List<Mention> scanByPosition(AnalysedText at) {
        String text = at.text();
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int found = 0;
            GazetteerEntry entry = null;
            for (int len = Math.min(gazetteer.longestForm(), text.length() - i); len >= 2; len--) {
                var e = gazetteer.lookup(text.substring(i, i + len));
                if (e.isPresent() && (len > 2 || GazetteerRecogniser.onWordBoundaries(at, i, i + len))
                        && !GazetteerRecogniser.continuesAsWord(text, i + len)) {
                    found = len;
                    entry = e.get();
                    break;
                }
            }
            if (entry != null) {
                out.add(new Mention(i, i + found, text.substring(i, i + found), entry.type(), 0.95, "gazetteer"));
                i += found;
            } else {
                i++;
            }
        }
        return out;
    }

    private static String canonicalByPosition(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            GazetteerEntry found = null;
            int len = Math.min(gazetteer.longestForm(), text.length() - i);
            for (; len >= 2; len--) {
                found = gazetteer.lookup(text.substring(i, i + len)).orElse(null);
                if (found != null) break;
            }
            if (found == null) {
                out.append(text.charAt(i++));
            } else {
                out.append(found.canonicalName());
                i += len;
            }
        }
        return out.toString();
    }
}

package org.policygraph.recognise.tagger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.model.perceptron.feature.ImmutableFeatureMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.policygraph.Corpus;
import org.policygraph.pipeline.Extractor;
import org.policygraph.pipeline.ExtractorSettings;

/** The id writer gives the ids of the strings the string writer gives, without building them. */
class FeatureWritersTest {

    @Test
    void everyCharacterOfTheSampleReportsHasTheIdsOfItsFeatureStringsInTheirOrder() throws Exception {
        TaggerModel model = TaggerModel.bundled();
        FeatureIds ids = model.featureIds();
        Extractor extractor = Extractor.standard(ExtractorSettings.defaults(), Recognition.rulesOnly());
        int positions = 0, ruleFeatures = 0, divisionFeatures = 0;
        for (String name : Corpus.ALL) {
            Extractor.Prepared p = extractor.prepare(Corpus.path(name));
            TaggerFeatures features = new TaggerFeatures(model.families(), p.analysed(), p.ruleCandidates());
            for (Sequence seq : Sequence.of(p.text())) {
                List<List<String>> strings = features.of(seq);
                int[][] expected = TaggerInstance.of(strings, null, ids::idOf).featureMatrix;
                int[][] written = features.ids(seq, ids);
                assertEquals(expected.length, written.length);
                for (int i = 0; i < expected.length; i++) {
                    assertArrayEquals(expected[i], written[i], name + " character " + (seq.start() + i) + ": " + strings.get(i));
                    for (String s : strings.get(i)) {
                        if (s.startsWith("R=")) ruleFeatures++;
                        if (s.startsWith("DV=")) divisionFeatures++;
                    }
                }
                positions += seq.length();
            }
        }
        // the spans' families are there to compare, not only the characters'
        assertTrue(positions > 15_000 && ruleFeatures > 1_000 && divisionFeatures > 100,
                positions + " characters, " + ruleFeatures + " rule features, " + divisionFeatures + " division features");
    }

    @Test
    void partsAppendedFingerprintAsTheirConcatenation() {
        String han = "中", astral = "𠀀𝄞"; // two characters outside the BMP, each a surrogate pair
        assertParts("C0=" + han, f -> f.begin("C0=").append('中'));
        assertParts("C-1C0=^中", f -> f.begin("C-1C0=").append('^').append('中'));
        assertParts("C1C2=$$", f -> f.begin("C1C2=").append('$').append('$'));
        assertParts("W=" + astral, f -> f.begin("W=").append(astral));
        assertParts("C-1C0=" + astral.charAt(0) + astral.charAt(1), f -> f.begin("C-1C0=").append(astral.charAt(0)).append(astral.charAt(1)));
        assertParts("PW=" + astral + "园", f -> f.begin("PW=").append(astral.substring(0, 2)).append(astral.substring(2)).append('园'));
        assertParts("HE=3/4", f -> f.begin("HE=").append(3).append('/').append(Math.min(7, 4)));
        assertParts("WL=0B", f -> f.begin("WL=").append(0).append("B"));
        assertParts("Q=10", f -> f.begin("Q=").append(10));
        assertParts("NUM=" + 1234567890, f -> f.begin("NUM=").append(1234567890));
        assertParts("X=" + -42 + Integer.MIN_VALUE + Integer.MAX_VALUE,
                f -> f.begin("X=").append(-42).append(Integer.MIN_VALUE).append(Integer.MAX_VALUE));
        assertParts("WPT=B" + null, f -> f.begin("WPT=B").append((String) null));
        assertParts("WP=none", f -> f.begin("WP=none"));
        assertParts("DV=Mcity", f -> f.begin("DV=").append("M").append("city").append(""));
        assertParts("", f -> f.begin(""));
    }

    private static void assertParts(String expected, Consumer<FeatureWriter<?>> parts) {
        FeatureStringWriter strings = new FeatureStringWriter();
        parts.accept(strings);
        strings.end();
        assertEquals(List.of(expected), strings.finishRow());
        FeatureIdWriter ids = new FeatureIdWriter(tinyIds());
        parts.accept(ids);
        assertEquals(FeatureIds.fingerprint(expected), ids.fingerprint(), expected);
    }

    @Test
    void aRowKeepsItsOrderAndRepeatsLeavesOutWhatTheModelLacksAndEndOnceSaysAFeatureOnce() {
        FeatureIdWriter ids = new FeatureIdWriter(tinyIds());
        FeatureStringWriter strings = new FeatureStringWriter();
        for (FeatureWriter<?> f : List.<FeatureWriter<?>>of(ids, strings)) {
            f.begin("C0=").append('关').end();
            f.begin("C0=").append('村').end(); // not in the model
            f.begin("C0=").append('中').end();
            f.begin("C0=").append('中').end();
            f.begin("C-1C0=中").append('关').endOnce();
            f.begin("C-1C0=").append("中关").endOnce();
        }
        assertArrayEquals(new int[] {1, 0, 0, 2}, ids.finishRow());
        assertEquals(List.of("C0=关", "C0=村", "C0=中", "C0=中", "C-1C0=中关"), strings.finishRow());
        ids.begin("C0=").append('中').end();
        assertArrayEquals(new int[] {0}, ids.finishRow(), "the next row starts empty");
    }

    private static FeatureIds tinyIds() {
        return FeatureIds.of(new ImmutableFeatureMap(Map.of("C0=中", 0, "C0=关", 1, "C-1C0=中关", 2), EntityTags.newTagSet()));
    }
}

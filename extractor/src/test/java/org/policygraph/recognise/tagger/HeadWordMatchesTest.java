package org.policygraph.recognise.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policygraph.Corpus;
import org.policygraph.recognise.EntityType;

/** One automaton pass finds the heads that a lookup of every substring finds. */
class HeadWordMatchesTest {
    private static final Map<String, EntityType> HEADS = Map.of(
            "园", EntityType.PARK, "科技园", EntityType.PARK, "工程", EntityType.PROJECT,
            "实验室", EntityType.RESEARCH_INSTITUTION, "国家实验室", EntityType.RESEARCH_INSTITUTION, "规划", EntityType.POLICY);

    @Test
    void everyHeadOfASampleReportIsFoundWhereItEnds() {
        String text = Corpus.read(Corpus.R001);
        HeadWordMatches.Heads heads = HeadWordMatches.Heads.of(HEADS);
        HeadWordMatches matches = HeadWordMatches.in(heads, text);
        int[] lengths = matches.lengths();
        int found = 0;
        for (int end = 1; end <= text.length(); end++) {
            EntityType longest = null;
            for (int k = 0; k < lengths.length; k++) {
                EntityType expected = end - lengths[k] < 0 ? null : HEADS.get(text.substring(end - lengths[k], end));
                assertEquals(expected, matches.endingAt(k, end), "head of " + lengths[k] + " ending at " + end);
                if (expected != null) {
                    longest = expected;
                    found++;
                }
            }
            assertEquals(longest, matches.longestEndingAt(end - 1));
        }
        assertTrue(found > 50, found + " heads in the report");
    }

    @Test
    void overlappingHeadsAreEachFound() {
        HeadWordMatches m = HeadWordMatches.in(HeadWordMatches.Heads.of(HEADS), "怀柔国家实验室");
        int[] lengths = m.lengths(); // 1, 2, 3, 5
        assertEquals(EntityType.RESEARCH_INSTITUTION, m.endingAt(java.util.Arrays.binarySearch(lengths, 3), 7));
        assertEquals(EntityType.RESEARCH_INSTITUTION, m.endingAt(java.util.Arrays.binarySearch(lengths, 5), 7));
        assertEquals(null, m.endingAt(java.util.Arrays.binarySearch(lengths, 1), 7));
    }
}

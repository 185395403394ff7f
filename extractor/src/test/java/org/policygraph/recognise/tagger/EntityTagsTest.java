package org.policygraph.recognise.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policygraph.recognise.EntityType;

/** The BIOES scheme: spans written as tags read back as the same spans, and only well-formed sequences are allowed. */
class EntityTagsTest {
    @Test
    void spansRoundTrip() {
        int[] tags = new int[12];
        EntityTags.mark(tags, 0, 3, EntityType.PLACE);       // 同德县
        EntityTags.mark(tags, 3, 4, EntityType.PLACE);       // one character
        EntityTags.mark(tags, 5, 11, EntityType.PROJECT);
        assertEquals(List.of(new EntityTags.Span(0, 3, EntityType.PLACE), new EntityTags.Span(3, 4, EntityType.PLACE),
                new EntityTags.Span(5, 11, EntityType.PROJECT)), EntityTags.spans(tags));
        assertEquals(EntityTags.OUTSIDE, tags[4]);
        assertEquals(EntityTags.OUTSIDE, tags[11]);
    }

    @Test
    void everyTagIsInTheTagSetOnce() {
        assertEquals(EntityTags.size(), EntityTags.newTagSet().size());
        assertEquals(1 + 4 * EntityType.values().length, EntityTags.size());
    }

    @Test
    void aNameIsClosedBeforeAnotherBeginsAndContinuesItsOwnType() {
        int[] park = new int[3], project = new int[3];
        EntityTags.mark(park, 0, 3, EntityType.PARK);
        EntityTags.mark(project, 0, 3, EntityType.PROJECT);
        int bPark = park[0], iPark = park[1], ePark = park[2], iProject = project[1];
        assertTrue(EntityTags.allowed(-1, bPark));
        assertFalse(EntityTags.allowed(-1, iPark), "no name starts inside");
        assertTrue(EntityTags.allowed(bPark, iPark));
        assertTrue(EntityTags.allowed(iPark, ePark));
        assertFalse(EntityTags.allowed(bPark, iProject), "a park does not go on as a project");
        assertFalse(EntityTags.allowed(iPark, EntityTags.OUTSIDE), "an open name must end first");
        assertTrue(EntityTags.allowed(ePark, bPark));
        assertFalse(EntityTags.mayEnd(iPark));
        assertTrue(EntityTags.mayEnd(ePark));
    }

    @Test
    void theDecoderOnlyGivesWellFormedSequences() {
        // random weights: whatever the scores, the best path keeps to the scheme
        int tags = EntityTags.size(), features = 5, n = 40;
        java.util.Random r = new java.util.Random(7);
        float[] w = new float[(features + tags + 1) * tags];
        for (int i = 0; i < w.length; i++) w[i] = (float) r.nextGaussian();
        int[][] f = new int[n][];
        for (int i = 0; i < n; i++) f[i] = new int[] {tags + 1 + r.nextInt(features)};
        int[] best = Decoder.decode(w, tags, f, null);
        int previous = -1;
        for (int t : best) {
            assertTrue(EntityTags.allowed(previous, t), previous + " → " + t);
            previous = t;
        }
        assertTrue(EntityTags.mayEnd(previous));
    }
}

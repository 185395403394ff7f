package org.policygraph.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Span lookups agree with a pass over every mention, also as mentions are added. */
class MentionSpansTest {
    @Test
    void lookupsAgreeWithAPassOverTheMentions() {
        Random random = new Random(16);
        List<Mention> all = new ArrayList<>();
        MentionSpans spans = new MentionSpans(List.of());
        for (int n = 0; n < 400; n++) {
            int start = random.nextInt(2000), end = start + 1 + random.nextInt(n % 7 == 0 ? 40 : 6);
            Mention m = new Mention(start, end, "x".repeat(end - start), EntityType.PARK, 0.5, "test");
            all.add(m);
            spans.add(m);
            for (int q = 0; q < 20; q++) {
                int s = random.nextInt(2100), e = s + 1 + random.nextInt(10);
                Mention probe = new Mention(s, e, "x".repeat(e - s), EntityType.PARK, 0.5, "probe");
                assertEquals(all.stream().anyMatch(x -> x.overlaps(probe)), spans.anyOverlaps(s, e), "overlap " + s + "-" + e);
                assertEquals(all.stream().filter(x -> x.start() == s && x.end() == e).toList(), spans.withSpan(s, e));
                assertEquals(all.stream().anyMatch(x -> x.overlaps(probe) && (x.start() < s || x.end() > e)), spans.anyCrosses(s, e),
                        "crossing " + s + "-" + e);
                assertEquals(all.stream().anyMatch(x -> x.start() == s), spans.anyStartsAt(s), "starting at " + s);
            }
        }
    }
}

package org.policygraph.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The merger, which looks kept mentions up by span, keeps what a pass over every kept mention kept. */
class MentionMergerLinearTest {
    @Test
    void keepsWhatThePassOverAllKeptMentionsKept() {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            List<Mention> candidates = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                int start = random.nextInt(1500), end = start + 1 + random.nextInt(round % 5 == 0 ? 30 : 8);
                candidates.add(new Mention(start, end, "x".repeat(end - start), EntityType.values()[random.nextInt(EntityType.values().length)],
                        random.nextInt(4) / 4.0, "r" + random.nextInt(3)));
            }
            assertEquals(passOverAll(candidates), new MentionMerger().merge(candidates));
        }
    }

    /** The merger as it was. */
    private static List<Mention> passOverAll(List<Mention> candidates) {
        List<Mention> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Mention::length).reversed()
                .thenComparing(Comparator.comparingDouble(Mention::confidence).reversed())
                .thenComparingInt(Mention::start));
        List<Mention> kept = new ArrayList<>();
        for (Mention m : sorted) {
            if (kept.stream().noneMatch(k -> k.overlaps(m))) kept.add(m);
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }
}

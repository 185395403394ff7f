package org.policygraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policygraph.Corpus;
import org.policygraph.recognise.EntityType;

/** Report 000 names the 中关村论坛 itself, its 2020 edition (in a plan's title) and its online edition. */
class EventEditionsTest {
    private static final EditionSeries SERIES = EditionSeries.bundled();
    private static final Entity FORUM = new Entity(EntityType.EVENT, "中关村论坛");

    @ParameterizedTest
    @ValueSource(strings = {"2020中关村论坛", "云上中关村论坛"})
    void anEditionJoinsTheEventTheReportNames(String edition) {
        String r000 = Corpus.read(Corpus.R000);
        assertTrue(r000.contains(edition) && r000.contains("中关村论坛"));
        assertEquals(FORUM, EventEditions.editionOf(edition, Map.of("中关村论坛", FORUM), SERIES).orElseThrow());
    }

    @Test
    void aYearNamedEventAloneStaysAsWritten() {
        assertTrue(EventEditions.editionOf("2020年中关村5G创新应用大赛", Map.of("中关村论坛", FORUM), SERIES).isEmpty());
    }

    @Test
    void onlyAnEventHasEditions() {
        Entity plan = new Entity(EntityType.POLICY, "中关村论坛");
        assertTrue(EventEditions.editionOf("2020中关村论坛", Map.of("中关村论坛", plan), SERIES).isEmpty());
    }
}

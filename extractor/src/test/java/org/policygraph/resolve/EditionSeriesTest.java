package org.policygraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A series' bare name means the edition held nearest the report's year. */
class EditionSeriesTest {
    private final EditionSeries series = EditionSeries.bundled();

    @Test
    void theEditionHeldNearestTheReportsYear() {
        assertEquals("第十五届全国运动会", series.editionNamed("全运会", OptionalInt.of(2026)).orElseThrow());
        assertEquals("第十四届全国运动会", series.editionNamed("全运会", OptionalInt.of(2022)).orElseThrow());
        assertEquals("中国共产党第二十届中央委员会第四次全体会议", series.editionNamed("四中全会", OptionalInt.of(2026)).orElseThrow());
        assertEquals("中国共产党第十九届中央委员会第四次全体会议", series.editionNamed("四中全会", OptionalInt.of(2020)).orElseThrow());
    }

    @Test
    void aTieGoesToTheLaterEdition() {
        // 2023 is two years from the 14th (2021) and from the 15th (2025): a 2023 report prepares the 15th
        assertEquals("第十五届全国运动会", series.editionNamed("全运会", OptionalInt.of(2023)).orElseThrow());
    }

    @Test
    void withoutAYearOrASeriesNothingIsResolved() {
        assertTrue(series.editionNamed("全运会", OptionalInt.empty()).isEmpty());
        assertTrue(series.editionNamed("中关村论坛", OptionalInt.of(2026)).isEmpty());
        assertTrue(series.isSeries("全国运动会"));
    }
}

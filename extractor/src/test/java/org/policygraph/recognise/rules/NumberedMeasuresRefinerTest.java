package org.policygraph.recognise.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policygraph.Training;
import org.policygraph.TrainingReports;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.Mention;
import org.policygraph.recognise.RealSegmentation;

/** Packages of measures named by their count, in provincial reports. */
class NumberedMeasuresRefinerTest {
    /** gov2026_chongqing. */
    private static final String PACKAGES = "全力稳预期，制定实施经济向上向好“30条”、稳住经济增长“20条”等增量政策，";
    /** gov2026_anhui: routes counted, no measures. */
    private static final String ROUTES = "滁州保税物流中心（B型）获批设立，新开通国际客货运航线15条，";
    private final NumberedMeasuresRefiner refiner = new NumberedMeasuresRefiner();

    @Test
    void theSentencesAreTheReportsOwn() {
        assertTrue(TrainingReports.read(Training.reports().resolve("gov2026_chongqing.txt")).contains(PACKAGES));
        assertTrue(TrainingReports.read(Training.reports().resolve("gov2026_anhui.txt")).contains(ROUTES));
    }

    @Test
    void aQuotedCountNamesThePackageFromTheClauseVerbOn() {
        List<Mention> found = refiner.refine(RealSegmentation.analyse(PACKAGES), List.of());
        assertEquals(List.of("经济向上向好“30条”", "稳住经济增长“20条”"), found.stream().map(Mention::text).toList());
        assertTrue(found.stream().allMatch(m -> m.type() == EntityType.POLICY));
        for (Mention m : found) assertEquals(m.text(), PACKAGES.substring(m.start(), m.end()));
    }

    @Test
    void aCountOfThingsIsNoPackage() {
        assertTrue(refiner.refine(RealSegmentation.analyse(ROUTES), List.of()).isEmpty());
    }

    @Test
    void itemsCountMeasuresOnlyWithTheWordForThem() {
        // sentences of the test's own, in the reports' manner
        List<Mention> found = refiner.refine(RealSegmentation.analyse("实施稳经济30项举措，办好20项民生实事，落实试点等17项改革措施。"), List.of());
        assertEquals(List.of("稳经济30项举措"), found.stream().map(Mention::text).toList());
    }

    @Test
    void aCountAfterTheIssuingVerbAloneHasNoTitle() {
        // a sentence of the test's own: 出台 issues the measures, it is no part of a name
        assertTrue(refiner.refine(RealSegmentation.analyse("各地制定，出台“40条”。"), List.of()).isEmpty());
    }

    @Test
    void theWordForMeasuresAfterAnUnquotedCountEndsTheName() {
        // a sentence of the test's own, in the reports' manner
        String s = "出台优化营商环境58条改革举措，";
        List<Mention> found = refiner.refine(RealSegmentation.analyse(s), List.of());
        assertEquals(List.of("优化营商环境58条改革举措"), found.stream().map(Mention::text).toList());
    }
}

package org.policygraph.recognise.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policygraph.recognise.RealSegmentation.describe;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.Mention;
import org.policygraph.recognise.RealSegmentation;
import org.policygraph.recognise.Recogniser;

/**
 * Kinds that read as names, on sentences of the 2026 provincial government work reports: every
 * recogniser's candidates go through {@link CandidateFilter}, which drops the kinds and keeps the
 * names of the same sentences.
 */
class KindNamesTest {
    private final CandidateFilter filter = new CandidateFilter();
    private final List<Recogniser> recognisers = List.of(new BookTitleRecogniser(), new QuotedNameRecogniser(),
            new SuffixNameRecogniser(HeadWords.forRunningText()), new CueObjectRecogniser(), new TaggedNameRecogniser(),
            new PlaceBodyRecogniser());

    /** Henan's report, the opening. */
    private static final String ON_BEHALF = "现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员和其他列席人员提出意见。";
    /** Anhui's report. */
    private static final String ZONES = "深化开发区管理制度改革，推动郑州航空港经济综合实验区、安徽自由贸易试验区提质增效。";
    /** Gansu's report; Shaanxi's. */
    private static final String ESTATES = "开工改造城镇老旧小区1.1万个，加强老旧小区电梯加装。";
    /** Sichuan's report; Henan's; and the 中心镇 of Guangdong's. */
    private static final String STRONG_PROVINCE = "全力打造人才强省、开放强省，建设经济大省，分类引导县城和小城镇发展，规划建设中心镇。";

    private List<Mention> proposed(String sentence) {
        AnalysedText at = RealSegmentation.analyse(sentence);
        List<Mention> all = new ArrayList<>();
        for (Recogniser r : recognisers) all.addAll(r.recognise(at));
        return all;
    }

    private List<Mention> kept(String sentence) {
        return filter.filter(proposed(sentence), RealSegmentation.analyse(sentence));
    }

    private void assertProposedAndDropped(String sentence, String... kinds) {
        List<Mention> proposed = proposed(sentence);
        List<Mention> kept = kept(sentence);
        for (String kind : kinds) {
            assertTrue(proposed.stream().anyMatch(m -> m.surface().equals(kind)), "precondition: " + kind + " proposed in " + describe(proposed));
            assertTrue(kept.stream().noneMatch(m -> m.surface().equals(kind)), kind + " kept in " + describe(kept));
        }
    }

    private void assertKept(String sentence, String... names) {
        List<Mention> kept = kept(sentence);
        for (String name : names) assertTrue(kept.stream().anyMatch(m -> m.surface().equals(name)), name + " not kept in " + describe(kept));
    }

    @Test
    void aGovernmentIsNamedByItsPlace() {
        assertProposedAndDropped(ON_BEHALF, "代表省人民政府");
        assertKept(ON_BEHALF, "省人民政府", "省政协");
    }

    @Test
    void aHeadWordAloneIsAKind() {
        assertProposedAndDropped(ZONES, "开发区");
        assertKept(ZONES, "安徽自由贸易试验区");
    }

    @Test
    void anEstateWithOnlyGenericWordsIsAKind() {
        // as a tagger could propose them, whatever the rules now do
        AnalysedText at = RealSegmentation.analyse(ESTATES);
        for (String kind : List.of("改造城镇老旧小区", "城镇老旧小区", "老旧小区")) {
            Mention m = RealSegmentation.mentionOf(ESTATES, kind, EntityType.PLACE, "tagger");
            assertTrue(filter.filter(List.of(m), at).isEmpty(), kind);
        }
    }

    @Test
    void aUnitWithOnlyARankIsAKind() {
        assertProposedAndDropped(STRONG_PROVINCE, "大省", "小城镇", "中心镇");
    }
}

package org.policygraph.recognise.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policygraph.recognise.RealSegmentation.describe;
import static org.policygraph.recognise.RealSegmentation.offsetOf;
import static org.policygraph.recognise.RealSegmentation.only;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policygraph.Corpus;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.Mention;
import org.policygraph.recognise.MentionMerger;
import org.policygraph.recognise.RealSegmentation;

/** Town and village addresses after a recognised district, on sentences of the sample reports. */
class AddressRefinerTest {
    private final AddressRefiner refiner = new AddressRefiner();

    /** 000, 第238项: a district, a town, a village, and a second village. */
    private static final String VILLAGES = "5.先后选派两批下沉干部赴海淀区西北旺镇屯佃村、永丰屯村开展疫情防控,做好关心关爱和慰问保障。";
    /** 003, (九): districts with no town after them. */
    private static final String DISTRICTS = "今年1-6月,“三城一区”所在区中海淀区、怀柔区、昌平区、经济技术开发区地区生产总值共实现4699.9亿元";

    private static Mention mention(String sentence, String name, EntityType type) {
        return RealSegmentation.mentionOf(sentence, name, type, "gazetteer");
    }

    @Test
    void sentencesAreCopiedFromTheCorpus() {
        assertTrue(Corpus.read(Corpus.R000).contains(VILLAGES));
        assertTrue(Corpus.read(Corpus.R003).contains(DISTRICTS));
    }

    @Test
    void aDistrictTownAndVillageAreOnePlaceAndTheNextVillageAnother() {
        AnalysedText at = RealSegmentation.analyse(VILLAGES);
        List<Mention> found = refiner.refine(at, List.of(mention(VILLAGES, "海淀区", EntityType.PLACE)));
        assertEquals(2, found.size(), describe(found));
        Mention address = only(found, "海淀区西北旺镇屯佃村");
        assertEquals(EntityType.PLACE, address.type());
        assertEquals(offsetOf(VILLAGES, "海淀区"), address.start());
        assertEquals("address", address.recogniser());
        Mention village = only(found, "永丰屯村");
        assertEquals(EntityType.PLACE, village.type());
        assertEquals(offsetOf(VILLAGES, "永丰屯村"), village.start());
    }

    @Test
    void theDistrictFoundByHanLpIsEnough() {
        AnalysedText at = RealSegmentation.analyse(VILLAGES);
        List<Mention> merged = new MentionMerger().merge(new TaggedNameRecogniser().recognise(at));
        assertEquals(EntityType.PLACE, only(merged, "海淀区").type(), "precondition");
        List<Mention> found = refiner.refine(at, merged);
        only(found, "海淀区西北旺镇屯佃村");
        only(found, "永丰屯村");
    }

    @Test
    void districtsWithoutATownGiveNothing() {
        AnalysedText at = RealSegmentation.analyse(DISTRICTS);
        List<Mention> merged = new ArrayList<>();
        for (String d : List.of("海淀区", "怀柔区", "昌平区")) merged.add(mention(DISTRICTS, d, EntityType.PLACE));
        List<Mention> found = refiner.refine(at, merged);
        assertTrue(found.isEmpty(), describe(found));
    }

    @Test
    void onlyAPlaceIsExtended() {
        AnalysedText at = RealSegmentation.analyse(VILLAGES);
        for (EntityType type : List.of(EntityType.PARK, EntityType.GOVERNMENT_BODY)) {
            List<Mention> found = refiner.refine(at, List.of(mention(VILLAGES, "海淀区", type)));
            assertTrue(found.isEmpty(), type + ": " + describe(found));
        }
        assertTrue(refiner.refine(at, List.of()).isEmpty());
    }
}

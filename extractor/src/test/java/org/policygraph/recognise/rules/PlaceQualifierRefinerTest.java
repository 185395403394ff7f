package org.policygraph.recognise.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policygraph.Corpus;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.Mention;
import org.policygraph.recognise.RealSegmentation;

/** A bracketed place after an institution, in report 001. */
class PlaceQualifierRefinerTest {
    /** 001, (二十五). */
    private static final String CENTRES = "广联达数字建筑产业园、中关村未来城市前沿技术创新中心(通州)、国家新能源汽车技术创新中心技术成果在京转化等相关工作。";
    private final PlaceQualifierRefiner refiner = new PlaceQualifierRefiner();

    private static Mention at(String sentence, String text, EntityType type) {
        return RealSegmentation.mentionOf(sentence, text, type, "test");
    }

    @Test
    void theBracketedPlaceIsPartOfTheName() {
        assertTrue(Corpus.read(Corpus.R001).contains(CENTRES));
        AnalysedText at = RealSegmentation.analyse(CENTRES);
        Mention centre = at(CENTRES, "中关村未来城市前沿技术创新中心", EntityType.RESEARCH_INSTITUTION);
        Mention district = at(CENTRES, "通州", EntityType.PLACE);
        List<Mention> added = refiner.refine(at, List.of(centre, district));
        assertEquals(1, added.size());
        assertEquals("中关村未来城市前沿技术创新中心(通州)", added.get(0).text());
        assertEquals(EntityType.RESEARCH_INSTITUTION, added.get(0).type());
    }

    @Test
    void aBracketThatHoldsNoRecognisedPlaceIsLeftAlone() {
        AnalysedText at = RealSegmentation.analyse(CENTRES);
        Mention centre = at(CENTRES, "中关村未来城市前沿技术创新中心", EntityType.RESEARCH_INSTITUTION);
        assertTrue(refiner.refine(at, List.of(centre)).isEmpty());
    }
}

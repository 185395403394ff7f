package org.policygraph.recognise.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policygraph.Training;
import org.policygraph.TrainingReports;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.Mention;
import org.policygraph.recognise.RealSegmentation;

/** 国家 before a programme's name, in provincial reports. */
class NationalQualifierRefinerTest {
    /** gov2026_fujian. */
    private static final String PILOTS = "南平市和莆田高新区列入国家碳达峰试点。";
    private final NationalQualifierRefiner refiner = new NationalQualifierRefiner();

    @Test
    void theSentenceIsTheReportsOwn() {
        assertTrue(TrainingReports.read(Training.reports().resolve("gov2026_fujian.txt")).contains(PILOTS));
    }

    @Test
    void nationalBeforeAProgrammeIsPartOfItsName() {
        AnalysedText at = RealSegmentation.analyse(PILOTS);
        Mention pilot = RealSegmentation.mentionOf(PILOTS, "碳达峰试点", EntityType.PROJECT, "test");
        List<Mention> added = refiner.refine(at, List.of(pilot));
        assertEquals(1, added.size());
        assertEquals("国家碳达峰试点", added.get(0).text());
        assertEquals(EntityType.PROJECT, added.get(0).type());
        assertEquals(PILOTS.indexOf("国家"), added.get(0).start());
    }

    @Test
    void placesAndBodiesKeepTheirOwnStart() {
        // a sentence of the test's own: 国家 before a place is not part of it (国家 is no part of a region's name)
        String sentence = "南平市和莆田高新区列入国家长江经济带。";
        AnalysedText at = RealSegmentation.analyse(sentence);
        Mention place = RealSegmentation.mentionOf(sentence, "长江经济带", EntityType.PLACE, "test");
        Mention pilot = RealSegmentation.mentionOf(sentence, "南平市", EntityType.PLACE, "test");
        assertTrue(refiner.refine(at, List.of(place, pilot)).isEmpty());
    }
}

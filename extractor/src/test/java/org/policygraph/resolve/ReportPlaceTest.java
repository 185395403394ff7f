package org.policygraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.policygraph.Corpus;
import org.policygraph.recognise.Mention;
import org.policygraph.recognise.RealSegmentation;
import org.policygraph.recognise.gazetteer.Gazetteer;
import org.policygraph.recognise.gazetteer.GazetteerRecogniser;
import org.policygraph.structure.ReportMetadata;

/** The place a report speaks for: from its author, else from how its text names itself. */
class ReportPlaceTest {
    private static final Gazetteer GAZETTEER = Gazetteer.bundled();

    private static final GazetteerRecogniser PLACES = new GazetteerRecogniser(GAZETTEER);

    /** The place, with the gazetteer's mentions of the text as the pipeline finds them. */
    private static Optional<String> placeOf(String author, String text) {
        ReportMetadata m = new ReportMetadata(Optional.empty(), Optional.empty(), Optional.ofNullable(author));
        List<Mention> mentions = PLACES.recognise(RealSegmentation.analyse(text));
        return ReportPlace.of(m, text, mentions, GAZETTEER).map(ReportPlace::name);
    }

    @Test
    void theGovernmentThatWroteIt() {
        assertEquals(Optional.of("河南省"), placeOf("河南省人民政府", ""));
        assertEquals(Optional.of("广西壮族自治区"), placeOf("广西壮族自治区人民政府", ""));
        assertEquals("自治区", ReportPlace.named("广西壮族自治区").orElseThrow().level());
    }

    @Test
    void aCommissionOfAKnownPlace() {
        assertEquals(Optional.of("北京市"), placeOf("北京市科学技术委员会", ""));
    }

    @Test
    void aDistrictLiesInItsCity() {
        ReportPlace haidian = ReportPlace.named("北京市海淀区").orElseThrow();
        assertEquals("区", haidian.level());
        assertEquals(Optional.of("北京市"), haidian.atLevel("市").map(ReportPlace::name));
        assertEquals(Optional.of("北京市海淀区"), placeOf("北京市海淀区人民政府", ""));
    }

    @Test
    void aReportWithoutAuthorIsOfThePlaceItCallsItselfMost() {
        // the Beijing reports speak of 全市 and 我市, and name 北京 more than any other city
        for (String report : Corpus.ALL) assertEquals(Optional.of("北京市"), placeOf(null, Corpus.read(report)), report);
    }

    @Test
    void aTextThatNamesNoPlaceOfItsOwnHasNone() {
        assertEquals(Optional.empty(), placeOf(null, "推动中关村科学城建设，会同海淀区政府完成规划。"));
        assertEquals(Optional.empty(), placeOf("中关村科技园区管理委员会", "完成规划编制。"));
    }
}

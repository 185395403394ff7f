package org.policygraph.recognise.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.policygraph.recognise.RealSegmentation.describe;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.Mention;
import org.policygraph.recognise.RealSegmentation;

/** Bodies named by their place's level, in sentences of the 2026 provincial government work reports. */
class PlaceBodyRecogniserTest {
    private final PlaceBodyRecogniser recogniser = new PlaceBodyRecogniser();

    private List<String> names(String sentence) {
        return recogniser.recognise(RealSegmentation.analyse(sentence)).stream().map(Mention::text).toList();
    }

    @Test
    void theProvincesBodiesByTheirShortNames() {
        // Henan's report
        assertEquals(List.of("省委", "省人大", "省政协"), names("是省委正确领导、科学决策的结果，是省人大、省政协和社会各界有效监督、鼎力支持的结果"));
        assertEquals(List.of("省人民政府", "省政协"), names("现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员和其他列席人员提出意见"));
    }

    @Test
    void massOrganisationsAndTheYouthLeague() {
        List<Mention> found = recogniser.recognise(RealSegmentation.analyse("支持团省委、省总工会、省妇联、省科协更好发挥作用。"));
        assertEquals(List.of("团省委", "省总工会", "省妇联", "省科协"), found.stream().map(Mention::text).toList(), describe(found));
        found.forEach(m -> assertEquals(EntityType.OTHER_ORGANIZATION, m.type(), m.toString()));
    }

    @Test
    void anAutonomousRegionsCommitteeAndAPlaceWrittenBefore() {
        assertEquals(List.of("自治区党委", "自治区人民政府"), names("在自治区党委、自治区人民政府坚强领导下"));
        assertEquals(List.of("中共河南省委"), names("中共河南省委召开全体会议"));
    }

    @Test
    void thePeoplesOrganisationsNamedWithoutLevel() {
        // Henan's report
        List<Mention> found = recogniser.recognise(RealSegmentation.analyse("支持工会、共青团、妇联、科协、残联、红十字会更好发挥作用，加强"));
        assertEquals(List.of("工会", "共青团", "妇联", "科协", "残联", "红十字会"), found.stream().map(Mention::text).toList(), describe(found));
        // deputies are no congress; the national committee is another name
        assertEquals(List.of(), names("向给予政府工作大力支持的人大代表"));
        assertEquals(List.of(), names("全国政协和中华全国总工会"));
    }

    @Test
    void aLevelInsideAnotherWordIsNoBody() {
        assertEquals(List.of(), names("压实省市县政府责任，全省政府系统要带头过紧日子"));
    }
}

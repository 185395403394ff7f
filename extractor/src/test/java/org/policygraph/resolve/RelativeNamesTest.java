package org.policygraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.gazetteer.Gazetteer;

/** Names whose referent depends on the report, resolved against the report's place. */
class RelativeNamesTest {
    private final RelativeNames names = new RelativeNames(Gazetteer.bundled());

    private Entity resolved(String form, EntityType type, String place) {
        RelativeNames.Result r = names.resolve(form, type, ReportPlace.named(place));
        return assertInstanceOf(RelativeNames.Resolved.class, r, form + " in " + place).entity();
    }

    @Test
    void theProvincialCommitteeIsEachProvincesOwn() {
        assertEquals(new Entity(EntityType.GOVERNMENT_BODY, "中国共产党河南省委员会"), resolved("省委", EntityType.GOVERNMENT_BODY, "河南省"));
        assertEquals(new Entity(EntityType.GOVERNMENT_BODY, "中国共产党河北省委员会"), resolved("省委", EntityType.GOVERNMENT_BODY, "河北省"));
        assertEquals("广西壮族自治区人民代表大会常务委员会", resolved("自治区人大常委会", EntityType.GOVERNMENT_BODY, "广西壮族自治区").canonicalName());
        assertEquals("中国人民政治协商会议河南省委员会", resolved("省政协", EntityType.GOVERNMENT_BODY, "河南省").canonicalName());
        assertEquals(new Entity(EntityType.OTHER_ORGANIZATION, "中国共产主义青年团河南省委员会"),
                resolved("团省委", EntityType.GOVERNMENT_BODY, "河南省"));
    }

    @Test
    void theFreeTradeZoneIsTheProvincesOwn() {
        // the gazetteer's name where it has one, else one written the same way
        assertEquals(new Entity(EntityType.PARK, "中国（福建）自由贸易试验区"), resolved("自贸试验区", EntityType.PARK, "福建省"));
        assertEquals(new Entity(EntityType.PARK, "中国（四川）自由贸易试验区"), resolved("自由贸易试验区", EntityType.PARK, "四川省"));
        assertEquals(new Entity(EntityType.PARK, "中国（广西）自由贸易试验区"), resolved("自贸区", EntityType.PARK, "广西壮族自治区"));
        assertEquals(new Entity(EntityType.PARK, "中国（北京）自由贸易试验区"), resolved("自贸试验区", EntityType.PARK, "北京市海淀区"));
        assertInstanceOf(RelativeNames.NotRelative.class, names.resolve("自贸试验区", EntityType.PARK, Optional.empty()));
    }

    @Test
    void bodiesNamedWithoutLevelAreTheReportsOwnPlaces() {
        assertEquals(new Entity(EntityType.OTHER_ORGANIZATION, "河南省总工会"), resolved("工会", EntityType.OTHER_ORGANIZATION, "河南省"));
        assertEquals("中国人民政治协商会议天津市委员会", resolved("政协", EntityType.GOVERNMENT_BODY, "天津市").canonicalName());
        assertInstanceOf(RelativeNames.Unresolved.class, names.resolve("妇联", EntityType.OTHER_ORGANIZATION, Optional.empty()));
    }

    @Test
    void theGazetteersBeijingShortFormsMoveToTheReportsCity() {
        assertEquals("北京市科学技术委员会", resolved("市科委", EntityType.GOVERNMENT_BODY, "北京市").canonicalName());
        assertEquals("天津市科学技术委员会", resolved("市科委", EntityType.GOVERNMENT_BODY, "天津市").canonicalName());
        assertEquals("天津市财政局", resolved("市财政局", EntityType.GOVERNMENT_BODY, "天津市").canonicalName());
        // a district's report: 市委 is the committee of the city it lies in
        assertEquals("中国共产党北京市委员会", resolved("市委", EntityType.GOVERNMENT_BODY, "北京市海淀区").canonicalName());
    }

    @Test
    void aLowerLevelOrAnUnknownPlaceGivesNoEntity() {
        // 市委 in a provincial report is every city's committee
        assertInstanceOf(RelativeNames.Unresolved.class, names.resolve("市委", EntityType.GOVERNMENT_BODY, ReportPlace.named("河南省")));
        assertInstanceOf(RelativeNames.Unresolved.class, names.resolve("区政府", EntityType.GOVERNMENT_BODY, ReportPlace.named("北京市")));
        assertInstanceOf(RelativeNames.Unresolved.class, names.resolve("省委", EntityType.GOVERNMENT_BODY, Optional.empty()));
    }

    @Test
    void nationalBodiesAndNamedPlacesStayAsTheyAre() {
        assertInstanceOf(RelativeNames.NotRelative.class, names.resolve("党中央", EntityType.GOVERNMENT_BODY, ReportPlace.named("河南省")));
        assertInstanceOf(RelativeNames.NotRelative.class, names.resolve("市场监管局", EntityType.GOVERNMENT_BODY, ReportPlace.named("天津市")));
        // a place written in the name wins over the report's
        assertEquals("中国共产党河南省委员会", resolved("中共河南省委", EntityType.GOVERNMENT_BODY, "河北省").canonicalName());
    }

    @Test
    void otherNamesOpeningWithTheReportsLevelAreItsPlaces() {
        assertEquals(new Entity(EntityType.COMPANY, "安徽省物流集团"), resolved("省物流集团", EntityType.COMPANY, "安徽省"));
        assertEquals("广东省高质量发展大会", resolved("全省高质量发展大会", EntityType.EVENT, "广东省").canonicalName());
        assertEquals("安徽省十四五规划", resolved("十四五规划", EntityType.POLICY, "安徽省").canonicalName());
        assertInstanceOf(RelativeNames.NotRelative.class, names.resolve("省级创新平台", EntityType.PROJECT, ReportPlace.named("安徽省")));
    }

    @Test
    void aBareDraftOutlineIsThePlanOfTheReportsYear() {
        assertEquals(Optional.of("十五五规划"), RelativeNames.draftOutline("纲要(草案)", java.util.OptionalInt.of(2026)));
        assertEquals(Optional.of("十五五规划"), RelativeNames.draftOutline("纲要草案", java.util.OptionalInt.of(2026)));
        assertEquals(Optional.of("十四五规划"), RelativeNames.draftOutline("规划纲要（草案）", java.util.OptionalInt.of(2021)));
        assertEquals(Optional.empty(), RelativeNames.draftOutline("纲要", java.util.OptionalInt.of(2026)));
        assertEquals(Optional.empty(), RelativeNames.draftOutline("纲要(草案)", java.util.OptionalInt.empty()));
    }

    @Test
    void aFiveYearPlanIsOneEntityHoweverItIsWritten() {
        for (String form : List.of("十五五规划", "十五五规划纲要", "十五五规划纲要(草案)", "宁夏回族自治区国民经济和社会发展第十五个五年规划纲要(草案)",
                "国民经济和社会发展第十五个五年规划纲要")) {
            assertEquals("宁夏回族自治区十五五规划", resolved(form, EntityType.POLICY, "宁夏回族自治区").canonicalName(), form);
        }
        assertEquals("上海市十四五规划",
                resolved("上海市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", EntityType.POLICY, "上海市").canonicalName());
        // the proposal is another document, and another place's plan is not the report's
        assertEquals("宁夏回族自治区十五五规划建议", resolved("十五五规划建议", EntityType.POLICY, "宁夏回族自治区").canonicalName());
        assertInstanceOf(RelativeNames.NotRelative.class,
                names.resolve("甘肃省国民经济和社会发展第十五个五年规划纲要", EntityType.POLICY, ReportPlace.named("宁夏回族自治区")));
    }
}

package org.policygraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.policygraph.TrainingReports;
import org.policygraph.recognise.EntityType;

/** The wordings different provincial reports give one programme get one canonical name; other names keep theirs. */
class CanonicalNamesTest {
    /** The provincial reports with quotation marks taken out, as a mention's surface form has them (“人工智能+”行动). */
    private static final String ALL_REPORTS = TrainingReports.all().stream().map(TrainingReports::read)
            .collect(Collectors.joining("\n")).replaceAll("[“”‘’\"]", "");

    private static void oneThing(EntityType type, String... wordings) {
        for (String w : wordings) assertTrue(ALL_REPORTS.contains(w), w + " is written in no provincial report");
        String first = CanonicalNames.of(type, wordings[0]);
        for (String w : wordings) assertEquals(first, CanonicalNames.of(type, w), w + " against " + wordings[0]);
    }

    @Test
    void campaignsWithAndWithoutTheirKindWord() {
        oneThing(EntityType.PROJECT, "扫黑除恶斗争", "扫黑除恶");
        oneThing(EntityType.PROJECT, "人工智能+行动", "人工智能+");
        oneThing(EntityType.PROJECT, "种业振兴行动", "种业振兴");
        oneThing(EntityType.POLICY, "消费品以旧换新政策", "消费品以旧换新");
        oneThing(EntityType.POLICY, "西部大开发战略", "西部大开发");
    }

    @Test
    void howLongAndWhichRoundDoNotMakeAnotherCampaign() {
        oneThing(EntityType.PROJECT, "安全生产治本攻坚三年行动", "安全生产治本攻坚行动", "安全生产治本攻坚");
        oneThing(EntityType.PROJECT, "新一轮找矿突破战略行动", "找矿突破战略行动");
        oneThing(EntityType.EVENT, "第四次全国农业普查", "第四次农业普查");
        oneThing(EntityType.EVENT, "学习贯彻习近平新时代中国特色社会主义思想主题教育", "习近平新时代中国特色社会主义思想主题教育");
    }

    @Test
    void wordsThatTellThingsApartStay() {
        assertNotEquals(CanonicalNames.of(EntityType.PROJECT, "人工智能+行动"), CanonicalNames.of(EntityType.PROJECT, "人工智能+文化行动"));
        assertNotEquals(CanonicalNames.of(EntityType.EVENT, "第四次全国农业普查"), CanonicalNames.of(EntityType.EVENT, "第四次全国文物普查"));
        // a works is not its campaign: 稳岗扩容提质工程 and 稳岗扩容提质行动 stay two (the gold keeps them apart)
        assertNotEquals(CanonicalNames.of(EntityType.PROJECT, "稳岗扩容提质工程"), CanonicalNames.of(EntityType.PROJECT, "稳岗扩容提质行动"));
        // too little would be left: 扫黑行动 keeps its word
        assertEquals("扫黑行动", CanonicalNames.of(EntityType.PROJECT, "扫黑行动"));
        // other types keep their names whatever they end with
        for (EntityType t : List.of(EntityType.PLACE, EntityType.GOVERNMENT_BODY, EntityType.PARK, EntityType.COMPANY)) {
            assertEquals("长江经济带发展战略", CanonicalNames.of(t, "长江经济带发展战略"));
        }
    }
}

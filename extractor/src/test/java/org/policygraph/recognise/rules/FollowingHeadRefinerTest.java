package org.policygraph.recognise.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policygraph.recognise.RealSegmentation.describe;
import static org.policygraph.recognise.RealSegmentation.mentionOf;
import static org.policygraph.recognise.RealSegmentation.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policygraph.Corpus;
import org.policygraph.Training;
import org.policygraph.TrainingReports;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.Mention;
import org.policygraph.recognise.RealSegmentation;

/**
 * Names the tagger stopped short of their head, as a model trained without the report named them
 * in cross-validation (the first pass here), lengthened over the head that follows.
 */
class FollowingHeadRefinerTest {
    private final FollowingHeadRefiner refiner = new FollowingHeadRefiner();

    /** gov2026_yunnan: the held-out tagger named 白鹤滩 a place. */
    private static final String DAMS = "乌东德、白鹤滩水电站等大国重器投产发电";
    /** gov2026_zhejiang: a works named without its 项目. */
    private static final String NUCLEAR = "三门核电三期项目获国家核准";
    /** 003: parks named, their plans not. */
    private static final String PLANS = "目前,中关村科学城规划、未来科学城规划已经印发;怀柔科学城规划、经济技术开发区规划已经市政府专题会审议";
    /** gov2026_jilin: a body's meeting is not an event named after it. */
    private static final String SESSION = "提请省人大常委会会议审议地方性法规草案8部";
    /** gov2026_guangxi: 战略 begins 战略矿产 here; a place's strategy is not read after it in any case. */
    private static final String MINERALS = "推动北部湾战略矿产资源储备基地建设";
    /** 003: a street before the head of a park. */
    private static final String AXIS = "建设南北联动的中关村大街发展轴";
    /** 003: a firm's longer name of its own kind. */
    private static final String FIRM = "中国航空工业集团公司聚焦人工智能、高端装备与智能制造等打造“中航爱创客”产业协同创新平台";

    @Test
    void sentencesAreCopiedFromTheReports() {
        assertTrue(TrainingReports.read(Training.reports().resolve("gov2026_yunnan.txt")).contains(DAMS));
        assertTrue(TrainingReports.read(Training.reports().resolve("gov2026_zhejiang.txt")).contains(NUCLEAR));
        assertTrue(TrainingReports.read(Training.reports().resolve("gov2026_jilin.txt")).contains(SESSION));
        assertTrue(TrainingReports.read(Training.reports().resolve("gov2026_guangxi.txt")).contains(MINERALS));
        String r003 = Corpus.read(Corpus.R003);
        assertTrue(r003.contains(PLANS));
        assertTrue(r003.contains(FIRM));
        assertTrue(r003.contains(AXIS));
    }

    private List<Mention> refine(String sentence, Mention... firstPass) {
        return refiner.refine(RealSegmentation.analyse(sentence), List.of(firstPass));
    }

    /** The tagger's {@code name} of type {@code from} gives {@code lengthened} of type {@code to}. */
    private void assertLengthened(String sentence, String name, EntityType from, String lengthened, EntityType to) {
        List<Mention> found = refine(sentence, mentionOf(sentence, name, from, "tagger"));
        assertEquals(to, only(found, lengthened).type(), describe(found));
    }

    @Test
    void aPlaceBeforeTheHeadOfAWorksIsTheWorks() {
        List<Mention> found = refine(DAMS, mentionOf(DAMS, "白鹤滩", EntityType.PLACE, "tagger"));
        assertEquals(EntityType.PROJECT, only(found, "白鹤滩水电站").type(), describe(found));
        assertEquals(1, found.size(), describe(found));
    }

    @Test
    void aPlaceBeforeTheHeadOfAParkIsThePark() {
        assertLengthened(AXIS, "中关村大街", EntityType.PLACE, "中关村大街发展轴", EntityType.PARK);
    }

    @Test
    void aWorksNamedWithoutItsHeadTakesIt() {
        assertLengthened(NUCLEAR, "三门核电三期", EntityType.PROJECT, "三门核电三期项目", EntityType.PROJECT);
    }

    @Test
    void aParkBeforeTheHeadOfAPlanIsThePlan() {
        List<Mention> found = refine(PLANS, mentionOf(PLANS, "中关村科学城", EntityType.PARK, "gazetteer"),
                mentionOf(PLANS, "怀柔科学城", EntityType.PARK, "gazetteer"));
        assertEquals(EntityType.POLICY, only(found, "中关村科学城规划").type(), describe(found));
        assertEquals(EntityType.POLICY, only(found, "怀柔科学城规划").type(), describe(found));
    }

    @Test
    void aFirmTakesTheLongerHeadOfItsOwnKind() {
        assertLengthened(FIRM, "中国航空工业集团", EntityType.COMPANY, "中国航空工业集团公司", EntityType.COMPANY);
    }

    @Test
    void aBodyIsNotLengthenedIntoItsMeeting() {
        assertEquals(List.of(), refine(SESSION, mentionOf(SESSION, "省人大常委会", EntityType.GOVERNMENT_BODY, "placeBody")));
    }

    @Test
    void aPlaceIsNotLengthenedIntoItsStrategy() {
        assertEquals(List.of(), refine(MINERALS, mentionOf(MINERALS, "北部湾", EntityType.PLACE, "tagger")));
    }

    @Test
    void aHeadInsideALongerWordIsNoHead() {
        String s = "鼓励北京大学生创新创业";
        assertEquals(List.of(), refine(s, mentionOf(s, "北京", EntityType.PLACE, "gazetteer")));
    }
}

package org.policygraph.recognise.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policygraph.recognise.RealSegmentation.describe;
import static org.policygraph.recognise.RealSegmentation.offsetOf;
import static org.policygraph.recognise.RealSegmentation.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policygraph.Corpus;
import org.policygraph.clean.ReportTextCleaner;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.Mention;
import org.policygraph.recognise.RealSegmentation;

/** Names found as the object of the verb that governs them, on sentences of the sample reports. */
class CueObjectRecogniserTest {
    private final CueObjectRecogniser recogniser = new CueObjectRecogniser();

    /** 001, (三): a plan whose name holds verbs and 与. */
    private static final String PILOT_PLAN = "二是加强政策创新顶层设计。形成中关村2018年改革创新与政策试点推进方案,"
            + "提出争取国家有关部门支持、市级层面推动和拟进一步调研的建议。";
    /** 000, 第244项: a meeting whose name holds an adverb and a verb. */
    private static final String PARTY_MEETING = "2.组织召开2020年全面从严治党工作会,逐级签订《全面从严治党责任书》。组织各支部围绕会议精神开展专题学习。";
    /** 000, 第39项: a count of firms. */
    private static final String COUNTED = "3.累计调研了400家企业,其中65家企业明确落地意向,完成企业内部决策的28家,完成工商注册的20家。";
    /** 001, (十五): two documents after one verb. */
    private static final String TWO_DOCUMENTS = "制定完善科创基金管理办法、成果转化子基金实施细则等管理文件。";
    /** 000, 第80项: a plan for a competition, drafted. */
    private static final String CONTEST_PLAN = "6.起草2020年中关村5G创新应用大赛方案";
    /** 000, 第48项: a meeting held by a park. */
    private static final String HIGH_LEVEL_MEETING = "工作进展:1.宝坻-京津中关村科技城召开科技城第二届高层联席会,进一步深化科技城的运作机制、经营计划等事宜";
    /** 001, (四): a research project started. */
    private static final String RESEARCH_PROJECT = "启动雄安新区中关村科技园建设模式与合作机制研究课题,目前已完成课题开题。";
    /** 003, preamble: a title holding 〈审议意见〉, where 审议 is also a cue verb. */
    private static final String NESTED_TITLE = "于今年2月形成《〈审议意见〉研究处理方案的报告》,市有关部门、区政府按照分工要求,";

    /** 001, (三): a title that opens with 支持 and holds a 的. */
    private static final String MEASURES = "一是持续推进天津滨海-中关村科技园建设。推动出台支持天津滨海-中关村科技园创新发展的若干措施。";
    /** 001, (四): a report that opens with 关于. */
    private static final String STUDY_REPORT = "初步形成了关于京津冀地区产业协同布局相关问题情况的研究报告。";
    /** 001, (二十五): a plan described, not titled. */
    private static final String DESCRIBED_PLAN = "五是推动硬科技孵化器建设,形成了支持中关村硬科技孵化平台的方案,筛选了一批储备项目,并正在组织申报。";
    /** 001, (二): a meeting named for its mission. */
    private static final String MISSION_MEETING = "二是召开促进高校科技成果转化提升分园创新发展能力会议,会同教育部科学技术司正式发布";
    /** 001, (二十二): 及 inside a training's name. */
    private static final String TRAINING = "4月,召开社会组织免税资格新政解读及实操应用培训会1场,近100名社会组织秘书长及财务负责";
    /** 003, 第四: kinds of meetings, held many times. */
    private static final String PRESS_CONFERENCES = "首都高质量发展等组织召开新闻发布会10次,在各类媒体宣传报道超过2万条。";
    private static final String PLANNING_MEETINGS = "市领导组织召开规划专题会30余次,进一步明确";
    /** 003, 第三: a works programme named for what it does. */
    private static final String PROGRAMME = "中关村科学城实施创业服务提质工程,加速优化双创生态体系。";
    /** 000, 第71项: the round of a funding programme. */
    private static final String FUNDING_ROUND = "2.启动2020国际创新资源支持资金项目申报评审工作";

    private List<Mention> find(String sentence) {
        return recogniser.recognise(RealSegmentation.analyse(sentence));
    }

    @Test
    void sentencesAreCopiedFromTheCorpus() {
        String r000 = Corpus.read(Corpus.R000), r001 = Corpus.read(Corpus.R001), r003 = Corpus.read(Corpus.R003);
        for (String s : List.of(PARTY_MEETING, COUNTED, CONTEST_PLAN, HIGH_LEVEL_MEETING)) assertTrue(r000.contains(s), s);
        for (String s : List.of(PILOT_PLAN, TWO_DOCUMENTS, RESEARCH_PROJECT)) assertTrue(r001.contains(s), s);
        assertTrue(r003.contains(NESTED_TITLE));
        for (String s : List.of(MEASURES, STUDY_REPORT, DESCRIBED_PLAN, MISSION_MEETING, TRAINING)) assertTrue(r001.contains(s), s);
        for (String s : List.of(PRESS_CONFERENCES, PLANNING_MEETINGS, PROGRAMME)) assertTrue(r003.contains(s), s);
        assertTrue(r000.contains(FUNDING_ROUND));
    }

    @Test
    void aTitleKeepsThe支持OrThe关于ThatOpensItAndThe的InsideIt() {
        assertEquals(EntityType.POLICY, only(find(MEASURES), "支持天津滨海-中关村科技园创新发展的若干措施").type());
        assertEquals(EntityType.POLICY, only(find(STUDY_REPORT), "关于京津冀地区产业协同布局相关问题情况的研究报告").type());
    }

    @Test
    void aPlanDescribedWithABareDocumentWordIsNoTitle() {
        List<Mention> found = find(DESCRIBED_PLAN);
        assertTrue(found.stream().noneMatch(m -> m.type() == EntityType.POLICY), describe(found));
    }

    @Test
    void aMeetingKeepsTheVerbThatOpensItsNameAndThe及InsideIt() {
        assertEquals(EntityType.EVENT, only(find(MISSION_MEETING), "促进高校科技成果转化提升分园创新发展能力会议").type());
        assertEquals(EntityType.EVENT, only(find(TRAINING), "社会组织免税资格新政解读及实操应用培训会").type());
    }

    @ParameterizedTest
    @ValueSource(strings = {PRESS_CONFERENCES, PLANNING_MEETINGS})
    void aMeetingNamedByOneOrdinaryWordIsAKindOfMeeting(String sentence) {
        List<Mention> found = find(sentence);
        assertTrue(found.stream().noneMatch(m -> m.type() == EntityType.EVENT), describe(found));
    }

    @Test
    void whatIsCarriedOutIsAWorksProgrammeWithoutAnyProperName() {
        assertEquals(EntityType.PROJECT, only(find(PROGRAMME), "创业服务提质工程").type());
    }

    @Test
    void theYearOfAFundingRoundIsNoPartOfTheProgrammesName() {
        List<Mention> found = find(FUNDING_ROUND);
        assertTrue(found.stream().noneMatch(m -> m.text().startsWith("2020")), describe(found));
    }

    @Test
    void whatIsFormedIsTheWholeDocument() {
        List<Mention> found = find(PILOT_PLAN);
        Mention plan = only(found, "中关村2018年改革创新与政策试点推进方案");
        assertEquals(EntityType.POLICY, plan.type());
        assertEquals(offsetOf(PILOT_PLAN, "中关村2018年"), plan.start());
        assertEquals("cue", plan.recogniser());
        assertEquals(1, found.size(), describe(found));
    }

    @Test
    void whatIsDraftedIsADocumentEvenWhenItIsForAnEvent() {
        Mention plan = only(find(CONTEST_PLAN), "2020年中关村5G创新应用大赛方案");
        assertEquals(EntityType.POLICY, plan.type());
    }

    @Test
    void whatIsHeldIsAnEvent() {
        Mention meeting = only(find(HIGH_LEVEL_MEETING), "科技城第二届高层联席会");
        assertEquals(EntityType.EVENT, meeting.type());
    }

    @Test
    void whatIsStartedMayBeAProject() {
        Mention project = only(find(RESEARCH_PROJECT), "雄安新区中关村科技园建设模式与合作机制研究课题");
        assertEquals(EntityType.PROJECT, project.type());
    }

    @Test
    void aListAfterOneVerbGivesEveryMember() {
        // 制定 and 完善 both govern the list, so each member may come twice; the merger keeps one
        List<Mention> found = find(TWO_DOCUMENTS).stream().distinct().toList();
        assertEquals(EntityType.POLICY, only(found, "科创基金管理办法").type());
        assertEquals(EntityType.POLICY, only(found, "成果转化子基金实施细则").type());
    }

    @Test
    void aCountOfFirmsIsNothing() {
        List<Mention> found = find(COUNTED);
        assertTrue(found.isEmpty(), describe(found));
    }

    @ParameterizedTest
    @ValueSource(strings = {Corpus.R000, Corpus.R001, Corpus.R003})
    void anObjectNeverCrossesAClauseBreak(String report) {
        String text = new ReportTextCleaner().clean(Corpus.read(report)).text();
        List<Mention> found = recogniser.recognise(RealSegmentation.analyse(text));
        assertFalse(found.isEmpty());
        for (Mention m : found) {
            assertEquals(m.text(), text.substring(m.start(), m.end()));
            assertTrue(m.text().chars().noneMatch(c -> ",，。;；:：、!?！？()（）《》“”\n".indexOf(c) >= 0), report + ": " + m);
            assertTrue(m.type() == EntityType.POLICY || m.type() == EntityType.EVENT || m.type() == EntityType.PROJECT, m.toString());
        }
    }
    @Test
    void whatIsConvenedIsTheWholeMeetingEvenWithAnAdverbInside() {
        Mention meeting = only(find(PARTY_MEETING), "2020年全面从严治党工作会");
        assertEquals(EntityType.EVENT, meeting.type());
    }
    @Test
    void noObjectHoldsHalfABracket() {
        List<Mention> found = find(NESTED_TITLE);
        assertTrue(found.stream().noneMatch(m -> m.text().contains("〉") || m.text().contains("〈")), describe(found));
    }
}

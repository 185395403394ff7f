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

    private List<Mention> find(String sentence) {
        return recogniser.recognise(RealSegmentation.analyse(sentence));
    }

    @Test
    void sentencesAreCopiedFromTheCorpus() {
        String r000 = Corpus.read(Corpus.R000), r001 = Corpus.read(Corpus.R001), r003 = Corpus.read(Corpus.R003);
        for (String s : List.of(PARTY_MEETING, COUNTED, CONTEST_PLAN, HIGH_LEVEL_MEETING)) assertTrue(r000.contains(s), s);
        for (String s : List.of(PILOT_PLAN, TWO_DOCUMENTS, RESEARCH_PROJECT)) assertTrue(r001.contains(s), s);
        assertTrue(r003.contains(NESTED_TITLE));
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

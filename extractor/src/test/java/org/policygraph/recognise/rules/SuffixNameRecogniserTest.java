package org.policygraph.recognise.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policygraph.recognise.RealSegmentation.assertNoMention;
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

/** Names found by their head word in sentences of the sample reports. */
class SuffixNameRecogniserTest {
    private final SuffixNameRecogniser recogniser = new SuffixNameRecogniser(HeadWords.forRunningText());

    /** 000, 第61项. */
    private static final String UNIVERSITIES = "工作进展:1.落实《北京市促进科技成果转化条例》职务科技成果权属改革,组织召开高校院所专题研讨会,"
            + "会同北京工业大学、北京科学技术研究院等研究细化具体落实方案和举措,研究相关协议文本。";
    /** 000, 第65项. */
    private static final String SCIENCE_CITY = "2.支持北科院、创业大街等机构在中关村科学城开展创业服务“+”线上活动14场。";
    /** 001, (二): a park followed by its sub-parks in general. */
    private static final String SUB_PARKS = "加强对中关村示范区各分园发展的规划引导和统筹管理,拟从空间形态为切入点,"
            + "突出功能定位、产业布局、空间优化、配套服务、机制体制等方面的内容,强化各分园发挥全国科技创新中心建设中的主要载体作用,";
    /** 001, (三): 相关 before the bodies. */
    private static final String RELATED_BODIES = "会同智库、市相关委办局组织召开各类工作部署会、协调会、政策论证会近20次,";
    /** 000, 第81项: 布局 ends in 局 but is no bureau. */
    private static final String LAYOUT = "3.联络处布局进一步优化,新增设立韩国、新加坡、比利时、俄罗斯、阿联酋5个联络处,构建形成覆盖面更大的海外联络处网络。";
    /** 001, (十九): two bodies named together. */
    private static final String PARTY_AND_GOVERNMENT = "实现了以考核责任书为抓手,引导中发展集团更好的完成市委市政府重大任务。";
    /** 001, (三): the ministry and an administration, both government bodies. */
    private static final String MINISTRIES = "5月,财政部、税务总局印发文件,将企业职工教育经费税前扣除限额统一至8%。";
    /** 001, (四): a working group named for its mission. */
    private static final String LEADING_GROUP = "与雄安新区管委会共同推动成立推进雄安新区中关村科技园建设发展领导小组及其办公室。";
    /** 001, (十七): a report sent up to the city government. */
    private static final String REPORT_SENT_UP = "并已形成报告报市政府;开展对生态园区、存量空间资源";
    /** 001, (二十二): a plan to guide a federation. */
    private static final String GUIDE_FEDERATION = "第四季度计划指导中关村社会组织联合会召开理事会,开展社会组织能力培训";
    /** 001, (二十六): the district pushes a platform forward at 永丰. */
    private static final String PUSH_PLATFORM = "目前,海淀区正在永丰推进石墨烯应用技术研发平台二期建设。";
    /** 003, (十): two science weeks joined by 暨. */
    private static final String SCIENCE_WEEKS = "2019年全国科技活动周暨北京科技周活动主场成功举行,8天共吸引";

    /** 003, (二): a development axis along a street. */
    private static final String AXIS = "打造一批以科技元素为主题的特色小镇和国际创新社区,建设南北联动的中关村大街发展轴。";
    /** 001, (二): a department of a ministry. */
    private static final String DEPARTMENT = "二是召开促进高校科技成果转化提升分园创新发展能力会议,会同教育部科学技术司正式发布";
    /** 003, 第二: a works programme in a list of national programmes. */
    private static final String NATIONAL_PROGRAMMES = "积极对接国家科技创新2030-重大项目、重点研发计划、关键核心技术攻关工程和创新基地建设";
    /** 000, 第66项: a programme after the years of its rounds. */
    private static final String ROUNDS = "工作进展:1.开展2018年、2019年中关村示范区一区多园高精尖培育项目绩效评价,做好重点项目企业服务。";

    private List<Mention> find(String sentence) {
        return recogniser.recognise(RealSegmentation.analyse(sentence));
    }

    @Test
    void sentencesAreCopiedFromTheCorpus() {
        String r000 = Corpus.read(Corpus.R000), r001 = Corpus.read(Corpus.R001), r003 = Corpus.read(Corpus.R003);
        for (String s : List.of(UNIVERSITIES, SCIENCE_CITY, LAYOUT)) assertTrue(r000.contains(s), s);
        for (String s : List.of(SUB_PARKS, RELATED_BODIES, PARTY_AND_GOVERNMENT, MINISTRIES, LEADING_GROUP, REPORT_SENT_UP,
                GUIDE_FEDERATION, PUSH_PLATFORM)) {
            assertTrue(r001.contains(s), s);
        }
        assertTrue(r003.contains(SCIENCE_WEEKS));
        for (String s : List.of(AXIS, NATIONAL_PROGRAMMES)) assertTrue(r003.contains(s), s);
        assertTrue(r001.contains(DEPARTMENT));
        assertTrue(r000.contains(ROUNDS));
    }

    @Test
    void aDevelopmentAxisIsAPark() {
        assertEquals(EntityType.PARK, only(find(AXIS), "中关村大街发展轴").type());
    }

    @Test
    void 司InsideAMinistryIsABody() {
        assertEquals(EntityType.GOVERNMENT_BODY, only(find(DEPARTMENT), "教育部科学技术司").type());
    }

    @Test
    void aLongWorksProgrammeNeedsNoProperName() {
        assertEquals(EntityType.PROJECT, only(find(NATIONAL_PROGRAMMES), "关键核心技术攻关工程").type());
    }

    @ParameterizedTest
    @ValueSource(strings = {"加快推进防汛抗洪工程建设", "今年完成河道治理工程12项"})
    void aShortWorksProgrammeWithoutAVerbIsAKindOfWorks(String sentence) {
        List<Mention> found = find(sentence);
        assertTrue(found.stream().noneMatch(m -> m.type() == EntityType.PROJECT), describe(found));
    }

    @Test
    void aProgrammeIsNamedWithoutTheYearOfItsRound() {
        // the pipeline's dictionary keeps 一区多园 whole; plain HanLP splits it, so the name starts after it
        List<Mention> found = find(ROUNDS);
        assertTrue(found.stream().noneMatch(m -> m.text().startsWith("2019年")), describe(found));
    }

    @Test
    void universitiesAndInstitutesAreResearchInstitutions() {
        List<Mention> found = find(UNIVERSITIES);
        for (String name : List.of("北京工业大学", "北京科学技术研究院")) {
            Mention m = only(found, name);
            assertEquals(EntityType.RESEARCH_INSTITUTION, m.type());
            assertEquals(offsetOf(UNIVERSITIES, name), m.start());
            assertEquals("suffix", m.recogniser());
        }
        // 会同 opens the clause, it is no part of the name
        assertTrue(found.stream().noneMatch(m -> m.text().contains("会同")), describe(found));
    }

    @Test
    void aGenericPlanIsNoName() {
        List<Mention> found = find(UNIVERSITIES);
        assertTrue(found.stream().noneMatch(m -> m.text().endsWith("落实方案")), "具体落实方案 is any plan: " + describe(found));
    }

    @Test
    void aScienceCityIsAParkAndAServiceIsNothing() {
        List<Mention> found = find(SCIENCE_CITY);
        Mention park = only(found, "中关村科学城");
        assertEquals(EntityType.PARK, park.type());
        assertTrue(found.stream().noneMatch(m -> m.text().contains("创业服务")), describe(found));
        assertTrue(found.stream().noneMatch(m -> m.text().startsWith("在")), "the preposition is not in the name: " + describe(found));
    }

    @Test
    void determinersAreNotPartOfNames() {
        List<Mention> subParks = find(SUB_PARKS);
        assertEquals(EntityType.PARK, only(subParks, "中关村示范区").type());
        assertTrue(subParks.stream().noneMatch(m -> m.text().contains("各") || m.text().endsWith("分园")),
                "各分园 is no park: " + describe(subParks));
        assertTrue(subParks.stream().noneMatch(m -> m.text().endsWith("布局")), describe(subParks));

        List<Mention> related = find(RELATED_BODIES);
        assertTrue(related.stream().noneMatch(m -> m.text().contains("相关")), "相关 opens no name: " + describe(related));
    }

    @Test
    void layoutIsNoBureau() {
        List<Mention> found = find(LAYOUT);
        assertTrue(found.stream().noneMatch(m -> m.text().endsWith("布局")), describe(found));
        assertTrue(found.stream().noneMatch(m -> m.type() == EntityType.GOVERNMENT_BODY), describe(found));
    }

    @Test
    void partyCommitteeAndGovernmentAreNotOneBody() {
        List<Mention> found = find(PARTY_AND_GOVERNMENT);
        assertNoMention(found, "市委市政府");
        assertTrue(found.stream().noneMatch(m -> m.text().contains("市委市政府")), describe(found));
    }

    @Test
    void ministriesEndingInASingleCharacterHeadAreBodies() {
        List<Mention> found = find(MINISTRIES);
        assertEquals(EntityType.GOVERNMENT_BODY, only(found, "财政部").type());
        assertEquals(EntityType.GOVERNMENT_BODY, only(found, "税务总局").type());
    }

    @Test
    void aWorkingGroupKeepsTheVerbOfItsMission() {
        Mention group = only(find(LEADING_GROUP), "推进雄安新区中关村科技园建设发展领导小组");
        assertEquals(EntityType.GOVERNMENT_BODY, group.type());
    }

    @ParameterizedTest
    @ValueSource(strings = {Corpus.R000, Corpus.R001, Corpus.R003})
    void noNameOpensWithADeterminerOrAClauseVerb(String report) {
        String text = new ReportTextCleaner().clean(Corpus.read(report)).text();
        List<Mention> found = recogniser.recognise(RealSegmentation.analyse(text));
        assertFalse(found.isEmpty());
        for (Mention m : found) {
            assertEquals(m.text(), text.substring(m.start(), m.end()));
            for (String opener : List.of("各", "相关", "有关", "其他", "该", "会同", "支持", "组织", "开展", "推动", "在", "对", "与")) {
                assertFalse(m.text().startsWith(opener), report + ": name opens with " + opener + ": " + m);
            }
            assertFalse(GenericWords.isCommonWordWithHead(m.text()), report + ": common word " + m);
        }
    }
    @Test
    void aReportSentUpIsNotPartOfTheBody() {
        List<Mention> found = find(REPORT_SENT_UP);
        assertTrue(found.stream().noneMatch(m -> m.text().contains("报告")), describe(found));
    }

    @Test
    void aClauseBeforeAFederationIsNotPartOfIt() {
        List<Mention> found = find(GUIDE_FEDERATION);
        assertTrue(found.stream().noneMatch(m -> m.text().contains("指导")), describe(found));
        assertEquals(EntityType.OTHER_ORGANIZATION, only(found, "中关村社会组织联合会").type());
    }
    @Test
    void theVerbBeforeAProjectIsNotPartOfIt() {
        List<Mention> found = find(PUSH_PLATFORM);
        assertTrue(found.stream().noneMatch(m -> m.text().contains("推进")), describe(found));
    }
    @Test
    void jiJoinsTwoWholeNamesOrNone() {
        List<Mention> found = find(SCIENCE_WEEKS);
        assertTrue(found.stream().noneMatch(m -> m.text().startsWith("周暨")), describe(found));
    }
}

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
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.Mention;
import org.policygraph.recognise.RealSegmentation;
import org.policygraph.recognise.Token;

/** HanLP's own person, place and organisation tags, checked by the rules that keep them, on sentences of the sample reports. */
class TaggedNameRecogniserTest {
    private final TaggedNameRecogniser recogniser = new TaggedNameRecogniser();

    /** 001, (二十二): officials named after their titles. */
    private static final String OFFICIALS = "同月,召开2018年中关村社会组织工作会,总结经验并部署工作,市委社会工委书记宋贵伦、"
            + "中关村管委会主任翟立新、市社团办主任温庆云等出席会议并讲话,300多位社会组织负责人参加会议。";
    /** 003, preamble: a name before the title. */
    private static final String GENERAL_SECRETARY = "组建由市有关部门、区政府参与的工作专班,进一步深入学习习近平总书记四次视察北京、五次重要讲话精神,";
    /** 001, (四): HanLP takes the firm 广联达 for a person's name. */
    private static final String FIRMS = "组织东方园林、广联达、雪迪龙等12家中关村节能环保及智慧城市服务企业与雄安新区签署战略合作框架协议,";
    /** 000, 第72项: HanLP's organisation token 会同人才局 holds the verb. */
    private static final String TALENT_BUREAU = "工作进展:1.开展集成电路设计产业人才情况调研,会同人才局研提人才专项政策建议。";
    /** 001, (一): the token 对清华大学 holds the preposition. */
    private static final String UNIVERSITIES = "组织开展科学城规划创新功能篇专家研讨会,对清华大学、北京大学、中科院等高校院所深入开展调研,";
    /** 001, (二十四): the token 研究中关村管委会 holds the verb. */
    private static final String WINTER_GAMES = "一是围绕冬(残)奥会的技术需求,以绿色、智能为切入点,研究中关村管委会服务科技冬奥工作思路,";
    /** 001, (十七): the token 对顺义航天产业园 holds the preposition. */
    private static final String AEROSPACE_PARK = "依托全市工业用地科研用地项目联审工作机制,对顺义航天产业园空间飞行器姿轨控系统及核心产品产业化项目、";
    /** 003, (七): the token 专门通道对生命科学研究所 holds a clause. */
    private static final String CHANNEL = "优先服务新型研发机构引才,设立专门通道对生命科学研究所、脑科学中心等新型研发机构实行引进核心人才“全员保障”;";
    /** 000, 第238项: a district among villages. */
    private static final String VILLAGES = "5.先后选派两批下沉干部赴海淀区西北旺镇屯佃村、永丰屯村开展疫情防控,做好关心关爱和慰问保障。";
    /** 001, (二十二): the token 计划指导中关村社会组织联合会. */
    private static final String GUIDE_FEDERATION = "第四季度计划指导中关村社会组织联合会召开理事会,开展社会组织能力培训";

    private List<Mention> find(String sentence) {
        return recogniser.recognise(RealSegmentation.analyse(sentence));
    }

    @Test
    void sentencesAreCopiedFromTheCorpus() {
        String all = Corpus.read(Corpus.R000) + Corpus.read(Corpus.R001) + Corpus.read(Corpus.R003);
        for (String s : List.of(OFFICIALS, GENERAL_SECRETARY, FIRMS, TALENT_BUREAU, UNIVERSITIES, WINTER_GAMES, AEROSPACE_PARK,
                CHANNEL, VILLAGES, GUIDE_FEDERATION)) {
            assertTrue(all.contains(s), s);
        }
    }

    @Test
    void aPersonNextToATitleIsAPerson() {
        List<Mention> found = find(OFFICIALS);
        for (String person : List.of("宋贵伦", "翟立新", "温庆云")) {
            Mention m = only(found, person);
            assertEquals(EntityType.PERSON, m.type());
            assertEquals(offsetOf(OFFICIALS, person), m.start());
            assertEquals("hanlp-tag", m.recogniser());
        }
        assertEquals(3, found.stream().filter(m -> m.type() == EntityType.PERSON).count(), describe(found));
        assertEquals(EntityType.PERSON, only(find(GENERAL_SECRETARY), "习近平").type(), "title after the name");
    }

    @Test
    void aPersonTagWithoutATitleIsNoPerson() {
        AnalysedText at = RealSegmentation.analyse(FIRMS);
        assertTrue(at.namedTokens().stream().anyMatch(t -> t.word().equals("广联达") && t.posStartsWith("nr")),
                "precondition: HanLP tags 广联达 as a person: " + RealSegmentation.describeTokens(at.namedTokens()));
        List<Mention> found = recogniser.recognise(at);
        assertTrue(found.stream().noneMatch(m -> m.type() == EntityType.PERSON), describe(found));
    }

    @Test
    void aVerbOrPrepositionSwallowedByAnOrganisationIsTrimmed() {
        assertOrganisationTokenTrimmed(TALENT_BUREAU, "会同人才局", "人才局", EntityType.GOVERNMENT_BODY);
        assertOrganisationTokenTrimmed(UNIVERSITIES, "对清华大学", "清华大学", EntityType.RESEARCH_INSTITUTION);
        assertOrganisationTokenTrimmed(WINTER_GAMES, "研究中关村管委会", "中关村管委会", EntityType.GOVERNMENT_BODY);
        assertOrganisationTokenTrimmed(AEROSPACE_PARK, "对顺义航天产业园", "顺义航天产业园", EntityType.PARK);
    }

    private void assertOrganisationTokenTrimmed(String sentence, String token, String name, EntityType type) {
        AnalysedText at = RealSegmentation.analyse(sentence);
        assertTrue(at.namedTokens().stream().anyMatch(t -> t.word().equals(token) && t.posStartsWith("nt")),
                "precondition: HanLP's token " + token + " in " + RealSegmentation.describeTokens(at.namedTokens()));
        List<Mention> found = recogniser.recognise(at);
        Mention m = only(found, name);
        assertEquals(type, m.type());
        assertEquals(offsetOf(sentence, name), m.start());
        assertTrue(found.stream().noneMatch(x -> x.text().equals(token)), describe(found));
    }

    @Test
    void anOrganisationTokenHoldingAClauseIsDropped() {
        AnalysedText at = RealSegmentation.analyse(CHANNEL);
        assertTrue(at.namedTokens().stream().anyMatch(t -> t.posStartsWith("nt") && t.word().contains("通道对")),
                "precondition: " + RealSegmentation.describeTokens(at.namedTokens()));
        List<Mention> found = recogniser.recognise(at);
        assertTrue(found.stream().noneMatch(m -> m.text().contains("通道") || m.text().contains("对")), describe(found));
    }

    @Test
    void aDistrictIsAPlace() {
        Mention district = only(find(VILLAGES), "海淀区");
        assertEquals(EntityType.PLACE, district.type());
    }

    @ParameterizedTest
    @ValueSource(strings = {Corpus.R000, Corpus.R001, Corpus.R003})
    void placesAreNeverGenericAndMentionsHoldNoPunctuation(String report) {
        String text = new ReportTextCleaner().clean(Corpus.read(report)).text();
        AnalysedText at = RealSegmentation.analyse(text);
        List<Mention> found = recogniser.recognise(at);
        assertFalse(found.isEmpty());
        for (Mention m : found) {
            assertEquals(m.text(), text.substring(m.start(), m.end()));
            assertTrue(m.text().chars().noneMatch(c -> ",，。;；、:：".indexOf(c) >= 0), report + ": " + m);
            if (m.type() == EntityType.PLACE) {
                assertFalse(List.of("中关村", "国内", "国外", "全市", "全国").contains(m.text()), report + ": " + m);
                assertTrue("各该本其".indexOf(m.text().charAt(0)) < 0, report + ": " + m);
            }
            if (m.type() == EntityType.PERSON) {
                assertTrue(m.length() >= 2 && m.length() <= 4, report + ": " + m);
                // a person comes from one whole name token
                Token t = at.namedTokens().stream().filter(x -> x.start() == m.start()).findFirst().orElseThrow();
                assertEquals(m.end(), t.end());
            }
        }
    }
    @Test
    void aClauseBeforeAnOrganisationIsTrimmedEvenAfterANoun() {
        List<Mention> found = find(GUIDE_FEDERATION);
        assertTrue(found.stream().noneMatch(m -> m.text().contains("指导")), describe(found));
    }

    @Test
    void oneCharacterBefore市IsAWordNotACity() {
        // 000, 第50项: 报 (submit) and 市 read by HanLP as the place 报市
        String sentence = "拟经委领导专题研究后,报市领导。";
        assertTrue(Corpus.read(Corpus.R000).contains(sentence));
        List<Mention> found = new TaggedNameRecogniser().recognise(RealSegmentation.analyse(sentence));
        assertTrue(found.stream().noneMatch(m -> m.type() == EntityType.PLACE), describe(found));
    }
}

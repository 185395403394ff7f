package org.policygraph.relate.role;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.policygraph.recognise.EntityType.GOVERNMENT_BODY;
import static org.policygraph.recognise.EntityType.PARK;
import static org.policygraph.recognise.EntityType.PERSON;
import static org.policygraph.recognise.EntityType.RESEARCH_INSTITUTION;
import static org.policygraph.recognise.EntityType.COMPANY;
import static org.policygraph.recognise.EntityType.PROJECT;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Roles read from real report sentences (the corpus's, unless a test says it wrote its own). */
class TaskRoleRecogniserTest {
    private final TaskRoleRecogniser recogniser = new TaskRoleRecogniser();

    private Set<String> roles(RoleScenario s) {
        List<Involvement> found = recogniser.recognise(s.analysed, s.structure, s.mentions);
        return found.stream().map(i -> i.role() + ":" + i.entity().canonicalName()).collect(Collectors.toSet());
    }

    @Test
    void huitongNamesEveryPartnerOfTheList() {
        var s = RoleScenario.sentence("1.会同中关村科学城管委会、海淀区政府研究完成中关村科学城2020年工作方案并已纳入全国科技创新中心2020年工作方案印发。")
                .name("中关村科学城管委会", GOVERNMENT_BODY).name("海淀区政府", GOVERNMENT_BODY).build();
        assertEquals(Set.of("PARTNER:中关村科学城管委会", "PARTNER:海淀区政府"), roles(s));
    }

    @Test
    void withAndAJointVerbIsAPartnership() {
        var s = RoleScenario.sentence("2018年4月3日,我委赴河北与雄安新区管委会、国家开发银行签署《雄安新区中关村科技园开发性金融服务合作协议》,为雄安新区中关村科技园建设提供金融助力。")
                .name("雄安新区管委会", GOVERNMENT_BODY).name("国家开发银行", COMPANY).name("雄安新区中关村科技园", PARK).build();
        assertEquals(Set.of("PARTNER:雄安新区管委会", "PARTNER:国家开发银行", "SUPPORTS:雄安新区中关村科技园"), roles(s));
    }

    @Test
    void theNameBeforeQiantouLeads() {
        var s = RoleScenario.sentence("三是支持研究院支撑北京大学牵头建设国家发改委“大数据分析和应用技术国家工程实验室”,支持组建实验室管理团队。")
                .name("北京大学", RESEARCH_INSTITUTION).name("国家发改委", GOVERNMENT_BODY).build();
        assertEquals(Set.of("LEAD:北京大学"), roles(s));
    }

    @Test
    void youMarksTheAgent() {
        // written for this test: 由 X 负责 / 由 X 组织
        var s = RoleScenario.sentence("该项工作由市科委负责,由海淀区政府组织实施。")
                .name("市科委", GOVERNMENT_BODY).name("海淀区政府", GOVERNMENT_BODY).build();
        assertEquals(Set.of("LEAD:市科委", "LEAD:海淀区政府"), roles(s));
    }

    @Test
    void zaiBeforeAParkIsItsLocation() {
        var s = RoleScenario.sentence("在中关村海淀园建成了我国第一个石墨烯应用技术中试基地。").name("中关村海淀园", PARK).build();
        assertEquals(Set.of("LOCATION:中关村海淀园"), roles(s));
    }

    @Test
    void supportAndBuildingAreSupports() {
        var s = RoleScenario.sentence("推动出台支持天津滨海-中关村科技园创新发展的若干措施,推进地铁17号线南北区城市综合体项目建设。")
                .name("天津滨海-中关村科技园", PARK).name("地铁17号线南北区城市综合体项目", PROJECT).build();
        assertEquals(Set.of("SUPPORTS:天津滨海-中关村科技园", "SUPPORTS:地铁17号线南北区城市综合体项目"), roles(s));
    }

    @Test
    void aPlaceThatOnlyQualifiesTheSupportedThingIsNotSupported() {
        var s = RoleScenario.sentence("一是持续支持北京大数据研究平台建设,支持成立金融大数据应用联合实验室。")
                .name("北京", org.policygraph.recognise.EntityType.PLACE, "北京市").build();
        assertEquals(Set.of(), roles(s));
    }

    @Test
    void aNameInsideATitlePlaysNoRole() {
        var s = RoleScenario.sentence("已发表长篇报道2篇《从一个“村”看一个国家的未来--写在中关村改革发展40年之际》。")
                .name("中关村", PARK).build();
        assertEquals(Set.of(), roles(s));
    }

    @Test
    void aWordThatOnlyStartsWithACueStatesNothing() {
        // 负责人 is not 负责; 出席 states no role
        var s = RoleScenario.sentence("市委社会工委书记宋贵伦、中关村管委会主任翟立新等出席会议并讲话,北京大学负责人参加座谈。")
                .name("宋贵伦", PERSON).name("中关村管委会", GOVERNMENT_BODY).name("翟立新", PERSON).name("北京大学", RESEARCH_INSTITUTION).build();
        assertEquals(Set.of(), roles(s));
    }

    @Test
    void aPlaceCannotLeadAndAnInstituteIsNoLocation() {
        // written for this test: the cue is there, the kind of name is wrong
        var s = RoleScenario.sentence("海淀牵头推进,在北京大学举办论坛。")
                .name("海淀", org.policygraph.recognise.EntityType.PLACE).name("北京大学", RESEARCH_INSTITUTION).build();
        assertEquals(Set.of(), roles(s));
    }

    @Test
    void involvementsCarryTheirTaskSentenceAndCue() {
        var s = RoleScenario.sentence("1.开展集成电路设计产业人才情况调研,会同人才局研提人才专项政策建议。")
                .name("人才局", GOVERNMENT_BODY).build();
        List<Involvement> found = recogniser.recognise(s.analysed, s.structure, s.mentions);
        assertEquals(1, found.size(), RoleScenario.describe(found));
        Involvement inv = found.get(0);
        assertEquals("会同", inv.cue());
        assertEquals("第1项", inv.task().orElseThrow().key());
        String sentence = s.analysed.text().substring(inv.sentence().start(), inv.sentence().end());
        assertEquals(true, sentence.contains("会同人才局"), sentence);
    }
}

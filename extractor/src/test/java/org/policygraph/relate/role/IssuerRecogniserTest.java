package org.policygraph.relate.role;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.policygraph.recognise.EntityType.GOVERNMENT_BODY;
import static org.policygraph.recognise.EntityType.POLICY;
import static org.policygraph.recognise.EntityType.RESEARCH_INSTITUTION;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.policygraph.resolve.Entity;

/** Who issued which policy, on real report sentences. */
class IssuerRecogniserTest {
    private static final Entity ZGC = new Entity(GOVERNMENT_BODY, "中关村科技园区管理委员会");
    private final IssuerRecogniser recogniser = new IssuerRecogniser(Map.of("中关村管委会", ZGC, "中关村科技园区管理委员会", ZGC));

    private Set<String> issuers(RoleScenario s) {
        return recogniser.recognise(s.analysed, s.structure, s.mentions).stream()
                .map(i -> i.entity().canonicalName() + "→" + i.policy().orElseThrow().canonicalName()).collect(Collectors.toSet());
    }

    @Test
    void everyBodyOfTheSubjectListIssues() {
        String title = "关于科技人员取得职务科技成果转化现金奖励有关个人所得税政策的通知";
        var s = RoleScenario.sentence("5月29日,财政部、税务总局、科技部已联合印发《" + title + "》,明确从职务科技成果转化收入中给予人员的现金奖励。")
                .name("财政部", GOVERNMENT_BODY).name("税务总局", GOVERNMENT_BODY).name("科技部", GOVERNMENT_BODY).name(title, POLICY).build();
        assertEquals(Set.of("财政部→" + title, "税务总局→" + title, "科技部→" + title), issuers(s));
    }

    @Test
    void coIssuersNamedAfterHuitongIssueToo() {
        String title = "促进中科院科技成果在京转移转化的若干措施";
        var s = RoleScenario.sentence("三是会同中科院科技促进发展局、中科院北京分院联合印发《" + title + "》,召开中科院—中关村科技成果转化工作推进会。")
                .name("中科院科技促进发展局", GOVERNMENT_BODY).name("中科院北京分院", RESEARCH_INSTITUTION).name(title, POLICY).build();
        assertEquals(Set.of("中科院科技促进发展局→" + title, "中科院北京分院→" + title), issuers(s));
    }

    @Test
    void aTitleThatBeginsWithABodyNamesItsIssuer() {
        String title = "中关村管委会2020年全面从严治党工作要点";
        var s = RoleScenario.sentence("1.印发《" + title + "》,并督促落实。").name(title, POLICY).build();
        assertEquals(Set.of("中关村科技园区管理委员会→" + title), issuers(s));
    }

    @Test
    void aBodyThatOnlyImplementsAPolicyDidNotIssueIt() {
        String title = "北京市促进科技成果转化条例";
        var s = RoleScenario.sentence("1.落实《" + title + "》职务科技成果权属改革,会同北京工业大学等研究细化具体落实方案。")
                .name(title, POLICY).name("北京工业大学", RESEARCH_INSTITUTION).build();
        assertEquals(Set.of(), issuers(s));
    }

    @Test
    void draftingIsNotIssuing() {
        String title = "关于加快推进雄安新区中关村科技园建设的意见";
        var s = RoleScenario.sentence("与雄安新区管委会共同研究起草《" + title + "》。")
                .name("雄安新区管委会", GOVERNMENT_BODY).name(title, POLICY).build();
        assertEquals(Set.of(), issuers(s));
    }
}

package org.policygraph.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policygraph.Corpus;
import org.policygraph.ViewerDumps;
import org.policygraph.clean.ReportTextCleaner;

/** Headings that run on inside a line, found by the numbering sequence they continue, also across a viewer's cut. */
class RunOnHeadingsTest {
    private final HeadingStructureParser parser = new HeadingStructureParser();
    private final ReportTextCleaner cleaner = new ReportTextCleaner();

    private List<String> tasks(String text) {
        ReportStructure s = parser.parse(text);
        return s.tasks().stream().map(t -> t.key() + t.title() + (t.hasParent() ? "<" + s.tasks().get(t.parent()).key() : "")).toList();
    }

    @Test
    void subItemsRunOnAfterTheirHeadingAndTheSentenceBefore() {
        String line = "一、主要指标增势良好1.经济指标。全年地区生产总值增长5.2%,规模以上工业增加值增长6%,固定资产投资增长4%。"
                + "2.民生指标。居民人均可支配收入增长5.5%,城镇新增就业12万人,完成年度目标任务。"
                + "二、重点工作扎实推进(一)科技创新。全年新增国家高新技术企业1200家,技术合同成交额增长10%。1.平台建设。建成3个重点实验室,新建2个中试基地。"
                + "2.人才引进。引进高层次人才200名,包括:1.青年人才;2.海外人才。(二)产业升级。新增规上企业300家。";
        assertEquals(List.of("一、主要指标增势良好", "1.经济指标<一、", "2.民生指标<一、", "二、重点工作扎实推进", "(一)科技创新<二、",
                "1.平台建设<(一)", "2.人才引进<(一)", "(二)产业升级<二、"), tasks(line));
    }

    @Test
    void progressItemsInARunOnLineStayInTheirTask() {
        String line = "第39项:优先推动试点政策在副中心落地。工作进展:1.结合产业集聚提升研提重点任务。2.从支持重点场景开放研提21条支持措施。"
                + "第45项:推进雄安新区中关村科技园建设。工作进展:1.研究雄安新区中关村科技园发展规划。2.梳理中关村绿色印刷、能源装备优势企业,形成企业名单并推动对接合作。"
                + "第48项:支持共建园区发展。工作进展:1.宝坻-京津中关村科技城召开科技城第二届高层联席会。";
        assertEquals(List.of("第39项优先推动试点政策在副中心落地", "第45项推进雄安新区中关村科技园建设", "第48项支持共建园区发展"), tasks(line));
    }

    @Test
    void numeralsInsideSentencesOpenNoHeading() {
        String line = "一、工作回顾2025年是极不平凡的一年,区域创新能力连续9年全国第一,全过程创新链加快构建,统一、规范的市场体系加快形成。"
                + "面对复杂形势,我们坚持稳中求进,经济总量再上新台阶,各项事业取得新进展,人民生活持续改善,社会大局和谐稳定,全年目标任务顺利完成。"
                + "二、2026年工作安排今年是“十五五”开局之年,做好政府工作意义重大,要坚持稳中求进工作总基调,完整准确全面贯彻新发展理念,"
                + "加快构建新发展格局,着力推动高质量发展,统筹发展和安全,切实保障和改善民生,保持社会大局稳定,为实现“十五五”良好开局打下坚实基础。";
        assertEquals(List.of("一、工作回顾", "二、2026年工作安排"), tasks(line));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void dumpsOfTheSampleReportsGiveTheirTasks(long seed) {
        for (String name : Corpus.ALL) {
            String report = Corpus.read(name);
            List<String> clean = tasks(cleaner.clean(report).text());
            List<String> dumped = tasks(cleaner.clean(ViewerDumps.dump(report, "报告", seed)).text());
            assertEquals(clean, dumped, name);
        }
    }

    @Test
    void headingCutByAPieceBoundaryIsFoundAfterTheJoin() {
        String read = "《工作总结.docx》由会员分享,可在线阅读\n1、(五)完善服务体系。围绕企业全生命周期需求,建设一站式服务平台,累计服务企业3000家次。(六\n"
                + "2、)加强人才引进。实施高层次人才引进计划,全年引进各类人才500名,新建人才公寓2000套,人才服务水平持续提升。(七)优化营商环境。\n"
                + "3、深化放管服改革,推动政务服务一网通办,企业开办时间压缩至1个工作日,营商环境评价位居全国前列。";
        assertEquals(List.of("(五)完善服务体系", "(六)加强人才引进", "(七)优化营商环境"), tasks(cleaner.clean(read).text()));
    }
}

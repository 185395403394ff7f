package org.policygraph.recognise.rules;

import static org.policygraph.recognise.EntityType.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.policygraph.recognise.EntityType;

/**
 * The suffix grammar of Chinese names: the head word a name ends with says what kind of thing it
 * names (…条例 is a policy, …研究院 a research institution). Longest head first, so that
 * 行动计划 (policy) wins over 计划 and 管理委员会 over 委员会.
 */
public final class HeadWords {

    /**
     * A head word, the type it gives, how many characters of modifier it needs to be a name, and
     * whether that modifier must hold something specific (a place or organisation name, letters, a
     * year, a quoted word): 服务平台 and 工作方案 are kinds of things, 中关村科技服务平台 is one thing.
     */
    public record Head(String word, EntityType type, int minModifier, boolean needsSpecific) {}

    /**
     * Heads of works that reports write after the names of their own (白鹤滩水电站, 九龙川、唐家河等煤矿)
     * but also after ordinary words (修建铁路, 大型煤矿), so the suffix grammar leaves them out and
     * only rules that already hold a name or a list of names read them. Longest first.
     */
    public static final List<String> WORKS = List.of("国家考古遗址公园", "抽水蓄能电站", "水电站", "煤矿", "高速公路", "高速", "高铁", "铁路", "灌区");

    private final List<Head> heads;

    private HeadWords(List<Head> heads) {
        List<Head> sorted = new ArrayList<>(heads);
        sorted.sort(Comparator.comparingInt((Head h) -> h.word.length()).reversed());
        this.heads = List.copyOf(sorted);
    }

    /** Heads for names written in running text. */
    public static HeadWords forRunningText() {
        List<Head> h = new ArrayList<>();
        add(h, PARK, 2, "科学城", "科技城", "科技园", "产业园", "创新园", "软件园", "生命科学园", "高教园区", "高教园", "产业园区",
                "示范区", "试验区", "开发区", "高新区", "自贸区", "自由贸易试验区", "自由贸易港", "综合保税区", "保税区",
                "小镇", "产业基地", "创业基地", "创新创业基地", "种子基地", "集聚区", "功能区", "服务区", "经济区", "创新中心区",
                "智造大街", "创业大街", "设计园", "园", "发展轴", "发展带", "创新走廊", "科技走廊", "产业带");
        add(h, PLACE, 2, "新区", "地区", "社区", "街道", "地块");
        add(h, GOVERNMENT_BODY, 2, "管理委员会", "管委会", "委员会", "人民政府", "政府", "领导小组", "工作领导小组", "领导专项小组",
                "办公室", "总局", "监督管理局", "局", "厅", "工委", "常委会", "理事会", "专项办", "法制办", "社团办", "知识产权保护中心",
                "火炬中心", "部", "司");
        add(h, RESEARCH_INSTITUTION, 2, "大学", "学院", "研究院", "研究所", "研究中心", "重点实验室", "联合实验室", "工程实验室",
                "实验室", "科学院", "工程院", "技术创新中心", "产业创新中心", "创新研究院", "工作站");
        add(h, COMPANY, 2, "股份有限公司", "有限责任公司", "有限公司", "公司", "集团", "银行", "创投", "孵化器", "工场");
        add(h, OTHER_ORGANIZATION, 2, "产业联盟", "联盟", "协会", "学会", "联合会", "交易所", "商会", "基金会", "促进会", "研究会",
                "顾问小组", "日报", "电视台", "通讯社");
        add(h, EVENT, 2, "论坛", "大会", "峰会", "大赛", "比赛", "竞赛", "博览会", "展览会", "交易会", "研讨会", "推进会", "座谈会",
                "工作会", "发布会", "年会", "沙龙", "培训会", "培训班", "活动周", "科技周", "系列活动", "主题活动", "交流季", "大讲堂",
                "成果展", "联席会", "挑战赛", "创新大赛", "会议", "小组会", "常务会", "专题会", "调度会", "协调会", "部署会", "启动会",
                "动员会", "对接会", "推介会", "交流会", "现场会", "联席会议", "工作会议", "常务会议", "办公会", "活动", "宣传活动",
                "行业赛", "分赛", "决赛", "总决赛", "会场", "主会场", "分会场");
        add(h, POLICY, 2, "条例", "办法", "规定", "指导意见", "实施意见", "若干意见", "意见", "通知", "工作方案", "实施方案", "方案",
                "发展规划", "规划", "纲要", "行动计划", "三年行动计划", "措施", "若干措施", "实施细则", "细则", "指引", "白皮书", "决定",
                "工作要点", "要点", "协议", "合作协议", "责任书", "倡议", "战略", "分析报告", "研究报告", "调研报告", "评估报告", "自查报告",
                "指标体系");
        add(h, PROJECT, 2, "项目", "工程", "一期", "二期", "三期", "平台", "课题", "专项", "行动");
        add(h, PLACE, 2, "大厦", "商务中心", "花园", "苑", "小区", "广场");
        return new HeadWords(h);
    }

    /** Heads for titles in 《》 and quoted names: every title is some document unless its head says otherwise. */
    public static HeadWords forTitles() {
        List<Head> h = new ArrayList<>();
        for (Head x : forRunningText().heads) h.add(new Head(x.word, x.type, x.minModifier, false));
        add(h, EVENT, 1, "论坛", "大会", "大赛", "活动", "周", "会");
        add(h, PROJECT, 1, "项目", "工程", "平台", "基地", "一期", "行动", "专项", "攻坚");
        add(h, POLICY, 1, "报告", "计划", "清单", "汇编", "简报", "标准", "体系", "政策", "法", "章程", "公约", "备忘录", "要求", "指南",
                "规范", "目录", "名录", "指标体系", "纪要", "文件", "批复", "函", "令", "公告");
        add(h, OTHER_ORGANIZATION, 1, "日报", "晚报", "时报", "杂志", "周刊");
        return new HeadWords(h);
    }

    private static void add(List<Head> out, EntityType type, int minModifier, String... words) {
        boolean specific = type == POLICY || type == PROJECT || type == EVENT || type == PARK || type == PLACE;
        for (String w : words) {
            boolean needs = specific && !BUILDINGS.contains(w) || GENERIC_INSTITUTION_HEADS.contains(w);
            out.add(new Head(w, type, minModifier, needs));
        }
    }

    /** Buildings and estates are named by what stands before them, whatever it is (科贸大厦, 亦城茗苑). */
    private static final java.util.Set<String> BUILDINGS = java.util.Set.of("大厦", "商务中心", "花园", "苑", "小区", "广场");

    /** Institution heads that reports also use for kinds (国家实验室, 开放实验室, 技术创新中心). */
    private static final java.util.Set<String> GENERIC_INSTITUTION_HEADS = java.util.Set.of(
            "实验室", "重点实验室", "联合实验室", "工程实验室", "技术创新中心", "产业创新中心", "研究中心", "创新研究院", "工作站",
            "办公室", "领导小组", "工作领导小组", "理事会", "孵化器", "联盟", "产业联盟", "示范区", "试验区", "功能区", "服务区",
            "集聚区", "小镇", "产业基地", "创业基地", "种子基地", "园");

    /** These heads and the given ones, longest first. */
    public HeadWords with(List<Head> more) {
        List<Head> all = new ArrayList<>(heads);
        all.addAll(more);
        return new HeadWords(all);
    }

    /** The longest head the name ends with. */
    public Optional<Head> headOf(String name) {
        for (Head h : heads) {
            if (name.endsWith(h.word)) return Optional.of(h);
        }
        return Optional.empty();
    }

    public List<Head> heads() {
        return heads;
    }
}

package org.policygraph.recognise.rules;

import java.util.Set;

/**
 * Words that make a modifier generic rather than a name: {@code 各分园}, {@code 相关部门},
 * {@code 重点企业} refer to kinds of things, not to one thing.
 */
public final class GenericWords {
    private static final Set<String> DETERMINERS = Set.of(
            "各", "该", "本", "其", "此", "这", "那", "每", "某", "全", "诸", "多", "几", "各类", "各级", "各个", "这些", "那些",
            "相关", "有关", "其他", "其它", "全市", "全区", "我市", "我区", "我国", "市区", "区级", "市级", "一批", "部分",
            "多个", "多家", "若干", "主要", "重点", "重大", "一些", "所有", "一般", "上述", "以下", "以上", "所在", "新", "该类", "同类",
            "时期", "期间", "年度", "阶段", "以来", "上半年", "下半年", "今年", "目前", "当前", "近年来", "世界一流", "一流");

    /** Modifier words that alone never make a name (重点园区, 科技企业, 专业孵化器). */
    private static final Set<String> EMPTY_MODIFIERS = Set.of(
            "重点", "科技", "专业", "特色", "创新", "高校", "院所", "高校院所", "企业", "工作", "年度", "专项", "综合", "国际",
            "国家级", "市级", "区级", "新型", "研发", "开放", "示范", "产业", "发展", "建设", "服务", "管理", "研究", "技术", "专题",
            "政府", "部门", "单位", "机构", "实施", "相关", "配套", "支持", "政策", "改革", "试点", "行动", "具体", "落实", "有效",
            "领军", "龙头", "头部", "优质", "高新", "高精尖", "新兴", "未来", "全面", "进一步", "深化", "加快", "推动", "推进",
            "三年", "五年", "年度工作", "上市", "法治", "服务型", "数字", "有为", "诚信", "高水平", "高端", "国际高端", "一站式",
            "境内外", "国内外", "境内", "境外", "社会", "市场化", "专业化", "网络化", "平台化", "线上", "线下", "下一步", "整体", "总体", "专家", "内部", "外部", "基层", "地方", "中央", "分园", "园区",
            "各分园", "共建", "合作", "协同", "战略", "中长期", "长期", "近期", "当前", "老旧", "城镇", "改造");

    /** Size and rank words that make a kind of place of an administrative unit: 大省, 强县, 小城镇, 中心镇. */
    private static final Set<String> RANKS = Set.of("大", "小", "中", "强", "中心", "中小");

    /** Ordinary words that happen to end in a head: 布局 is no bureau, 干部 no ministry, 举办 no office. */
    private static final Set<String> COMMON_WORDS_WITH_HEADS = Set.of(
            "布局", "格局", "全局", "大局", "结局", "开局", "当局", "局部", "内部", "外部", "全部", "东部", "西部", "南部", "北部",
            "中部", "总部", "干部", "支部", "党支部", "俱乐部", "基部", "举办", "主办", "承办", "协办", "创办", "督办", "申办", "开办",
            "兴办", "筹办", "合办", "委办", "包办", "代办", "公园", "校园", "家园", "田园", "乐园", "园园", "分园", "多园", "一园",
            "各园", "全园", "本园", "该园", "入园", "进园", "出园", "建园", "办园");

    /** Two bodies side by side that read as one name: 市委市政府, 省委省政府, 党中央国务院. */
    private static final java.util.regex.Pattern PAIRED_BODIES =
            java.util.regex.Pattern.compile(".*(委|党委|中央)(市|省|区|县)?(政府|国务院)$");

    private GenericWords() {}

    /** One token made of two generic words (企业服务, 科技创新): as empty as each of them. */
    public static boolean isTwoEmptyModifiers(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (isEmptyModifier(word.substring(0, i)) && isEmptyModifier(word.substring(i))) return true;
        }
        return false;
    }

    public static boolean isRank(String word) {
        return RANKS.contains(word);
    }

    public static boolean isCommonWordWithHead(String word) {
        return COMMON_WORDS_WITH_HEADS.contains(word);
    }

    public static boolean isPairOfBodies(String name) {
        return PAIRED_BODIES.matcher(name).matches();
    }

    public static boolean isDeterminer(String word) {
        return DETERMINERS.contains(word);
    }

    public static boolean isEmptyModifier(String word) {
        return EMPTY_MODIFIERS.contains(word) || DETERMINERS.contains(word);
    }
}

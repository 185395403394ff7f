package org.policygraph.recognise.rules;

import java.util.Set;

/**
 * Action words that open clauses in work reports (研究编制…, 会同…, 推进…). HanLP tags many of
 * them as verbal nouns or even proper nouns, so a name never starts with one of them.
 */
final class VerbLexicon {
    private static final Set<String> LEADING_ACTIONS = Set.of(
            "借力", "推进", "研究", "编制", "调研", "会同", "联合", "依托", "围绕", "突出", "对接", "助力", "服务", "支持", "推动",
            "组织", "开展", "召开", "举办", "建设", "打造", "培育", "引进", "落实", "实施", "启动", "完成", "形成", "发布", "印发",
            "出台", "制定", "修订", "起草", "成立", "设立", "搭建", "建立", "认定", "评选", "筹建", "参加", "参与", "承办", "主办",
            "协办", "指导", "牵头", "配合", "加快", "加强", "加大", "深化", "优化", "提升", "促进", "鼓励", "引导", "带动", "吸引",
            "聚焦", "立足", "坚持", "按照", "根据", "通过", "利用", "借助", "发挥", "推介", "宣传", "走访", "梳理", "谋划", "编写",
            "举行", "获批", "获得", "入选", "纳入", "落地", "入驻", "签署", "签订", "批复", "报送", "上报", "审议", "修改",
            "完善", "健全", "规范", "统筹", "协调", "征集", "筹备", "联系", "配套", "保障", "申报", "申请", "考察", "接待", "邀请",
            "研提", "研制", "跟踪", "评估", "扩大", "服务于", "面向", "对标", "结合", "重点", "积极", "全力", "着力", "大力", "持续",
            "进一步", "全面", "继续", "共同", "分别", "主动", "专题", "组建", "推出", "开放", "选派", "对话", "解读", "赴", "到",
            "策划", "做好", "抓好", "办好", "用好", "管好", "建好", "打通", "完成了", "召开了", "成立了", "举办了", "开展了", "印发了");

    /** Action words that also live inside names (科技服务平台, 城市建设…): they end a name only at its front. */
    private static final Set<String> ALSO_INSIDE_NAMES = Set.of( // not 推进: 永丰推进…平台 is a clause
            "服务", "建设", "开放", "重点", "改革开放", "专题", "配套", "保障", "统筹", "协调", "促进", "研究", "发展", "联合", "培育", "示范",
            "创新", "孵化", "管理", "评价", "引导", "提升", "支持", "共同", "实施", "规范", "完善", "对话", "全面", "组织", "宣传",
            "改革", "转化", "融合", "合作", "交流", "转移", "治理", "监管", "应用", "研发", "制造", "共建", "服务于",
            "指导", "认定", "考核", "分析", "对接", "调整", "优化",
            "改造", "设计", "征集", "开发", "落地", "评估", "建立", "成立", "协同", "提质", "保护", "策划", "解读");

    private VerbLexicon() {}

    /** May not open a name. */
    static boolean opensClause(String word) {
        return LEADING_ACTIONS.contains(word);
    }

    /** Verbs that read as nouns inside the names of parks and firms too (创新示范区, 设计园, 服务区). */
    private static final Set<String> NOUN_LIKE = Set.of("创新", "服务", "设计", "研发", "制造", "孵化", "转化", "应用", "改革",
            "开放", "交易", "展示", "体验", "创业", "示范", "集成", "智造", "物流", "检测", "认证", "金融");

    /** What is done to a park or place (中关村建设生物医药国检试验区 is 中关村 building a zone): never inside its name. */
    private static final Set<String> ACTS_ON_PLACES = Set.of("建设", "推进", "支持", "开展", "推动", "实施", "落实", "组织", "服务于");

    static boolean actsOnPlaces(String word) {
        return ACTS_ON_PLACES.contains(word);
    }

    static boolean readsAsNoun(String word) {
        return NOUN_LIKE.contains(word);
    }

    /** A verb that names of programmes and bodies hold inside (科技体制改革领导小组, 成果转化平台). */
    static boolean livesInNames(String word) {
        return ALSO_INSIDE_NAMES.contains(word) && !word.equals("服务于");
    }

    /** Ends a name wherever it stands: a clause verb such as 调研 or 会同, never part of a name. */
    static boolean breaksName(String word) {
        return LEADING_ACTIONS.contains(word) && !ALSO_INSIDE_NAMES.contains(word);
    }
}

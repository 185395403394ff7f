package org.policygraph.relate.role;

import java.util.Set;

/** The words that state a role, by where they stand relative to the name. */
final class RoleCues {
    private RoleCues() {}

    /** X牵头, X负责, X承担: the name is the subject of a leading verb. */
    static final Set<String> LEAD_AFTER = Set.of("牵头", "负责", "承担", "主导", "牵头负责", "具体负责", "总牵头", "主抓");
    /** 由X…: 由 marks the agent, whatever verb follows. */
    static final Set<String> AGENT_BEFORE = Set.of("由");
    /** Verbs after 由X that HanLP may tag as nouns (组织/n): still the agent's action. */
    static final Set<String> AGENT_VERBS = Set.of("组织", "主办", "承办", "运营", "管理", "统筹", "实施");

    /** 会同X, 联合X: a partner named before the shared verb. */
    static final Set<String> PARTNER_BEFORE = Set.of("会同", "联合", "协同", "携手", "联手", "配合", "协助");
    /** 与X签署: 与 introduces a partner when a joint verb follows. */
    static final Set<String> WITH_BEFORE = Set.of("与", "同", "和", "跟");
    static final Set<String> JOINT_VERBS = Set.of("共同", "签署", "签订", "合作", "联合", "共建", "携手", "开展", "建立", "达成",
            "对接", "合办", "联办", "共办", "会商", "座谈", "洽谈", "签约", "协商", "研究");
    /** X参与, X等单位参加. */
    static final Set<String> PARTNER_AFTER = Set.of("参与", "参加", "配合", "协同", "协助", "共同参与");

    /** 支持X, 服务X: the name is what is helped. */
    static final Set<String> SUPPORT_BEFORE = Set.of("支持", "扶持", "资助", "服务", "助力", "帮助", "鼓励", "服务于", "培育", "支撑",
            "扶持培育", "重点支持", "大力支持", "积极支持");
    /** 推动X建设, 为X发展提供…: the name is what is built or developed. */
    static final Set<String> BUILD_BEFORE = Set.of("推动", "推进", "加快", "加快推进", "加强", "促进", "助推", "保障", "全力推进",
            "积极推进", "持续推进", "深入推进", "为");
    static final Set<String> BUILD_AFTER = Set.of("建设", "发展", "创新发展", "建设发展", "高质量发展", "开发建设", "规划建设",
            "升级", "改造", "提升", "提升发展", "转型", "转型升级", "一体化发展", "协同发展");

    /** 在X, 落地X: the name is where the task happens. */
    static final Set<String> LOCATION_BEFORE = Set.of("在", "于", "落地", "落户", "入驻", "位于", "落在", "扎根", "布局", "选址");
    /** X内, X落地. */
    static final Set<String> LOCATION_AFTER = Set.of("内", "落地", "落户", "境内", "区域内", "园区内");

    /** X印发/发布/出台/制定《…》. */
    static final Set<String> ISSUE_VERBS = Set.of("印发", "发布", "出台", "制定", "颁布", "制定出台", "研究出台", "联合印发",
            "联合发布", "正式发布", "正式印发", "修订", "修订出台", "发文", "制发");
    /** What may stand between the issuer and the issuing verb, or the verb and the title. */
    static final Set<String> ISSUE_FILLERS = Set.of("已", "已经", "正式", "联合", "共同", "研究", "先后", "相继", "分别", "日前",
            "近日", "了", "并", "还", "今年", "年内", "于", "实施", "及时", "陆续");
}

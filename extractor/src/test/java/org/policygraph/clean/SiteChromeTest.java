package org.policygraph.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shapes of site chrome, each dropped between two report lines; report lines of similar look are kept. */
class SiteChromeTest {
    private static final String BEFORE = "第1项:推进园区建设。", AFTER = "第2项:支持企业发展。";

    private final ReportTextCleaner cleaner = new ReportTextCleaner();

    @ParameterizedTest
    @ValueSource(strings = {
            "首页 | 政务公开 | 办事服务", "网站首页｜机构设置｜政策文件｜互动交流", "登录 | 注册", "用户登录", "无障碍 | 长者模式 | English",
            "当前位置：首页 > 政务公开 > 工作报告", "首页 >> 新闻中心 >> 图片新闻", "您现在的位置:首页", ">", "【", "】",
            "2020-03-02 | 浏览:512次", "发布时间：2020-03-02 来源：市科委", "来源：安徽日报", "时间：2026-02-11", "阅读量：", "编辑：何继红",
            "（来源：青海日报）", "2026-02-09 09:45:30", "相关报道：",
            "下载", "打印", "全屏", "收藏", "【字号：", "加大", "还原", "减小", "【打印】【关闭】", "扫一扫在手机打开当前页", "分享:",
            "上一篇：关于印发某某办法的通知", "下一页", "返回列表",
            "主办单位：北京市科学技术委员会 网站标识码：1100000000", "京ICP备05060933号 京公网安备11010802号", "版权所有 © 某某网站",
            "Copyright 2020 All Rights Reserved", "建议使用1920×1080分辨率浏览本站",
            "本文档由用户上传,仅供参考", "word版本可编辑,欢迎下载支持"})
    void chromeLineIsDropped(String chrome) {
        assertEquals(BEFORE + "\n" + AFTER, cleaner.clean(BEFORE + "\n" + chrome + "\n" + AFTER).text(), chrome);
    }

    @Test
    void menuLaidOutOneItemPerLineIsDropped() {
        assertEquals(BEFORE + "\n" + AFTER, cleaner.clean(BEFORE + "\n首页\n政务公开\n办事服务\n互动交流\n" + AFTER).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "各位代表:", "一、总体要求", "(一)加力扩内需稳增长", "政府工作报告", "2026年安徽省政府工作报告",
            "——2026年2月5日在安徽省第十四届人民代表大会第四次会议上", "省人民政府省长 王清宪", "北京市科学技术委员会", "2019年7月10日",
            "生态底色更加亮丽。", "来源于基层的创新实践不断涌现,浏览量大幅增长。", "下一步,我们将加快推进规划落地。",
            "一是联合港澳承办十五运会和残特奥会。", "中关村科学城 | 怀柔科学城 | 未来科学城均完成规划编制。"})
    void reportLineIsKept(String line) {
        assertEquals(BEFORE + "\n" + line + "\n" + AFTER, cleaner.clean(BEFORE + "\n" + line + "\n" + AFTER).text(), line);
    }

    @Test
    void shortListOfReportLinesIsNoMenu() {
        String lines = BEFORE + "\n一、总体要求\n各位代表:\n" + AFTER;
        assertEquals(lines, cleaner.clean(lines).text());
    }
}

package org.policygraph.clean;

import java.util.List;
import java.util.regex.Pattern;

/** Lines that belong to a web page's frame, not to the report: print and close links, menus, counters. */
final class ChromeLines {
    private static final List<Pattern> CHROME = List.of(
            Pattern.compile("^[【\\[]?(打印本页|关闭窗口|打印|关闭|返回顶部|收藏本页)[】\\]]?(\\s*[【\\[]?(打印本页|关闭窗口|打印|关闭|返回顶部)[】\\]]?)*$"),
            Pattern.compile("^(上一篇|下一篇|上一条|下一条)[:：].*"),
            Pattern.compile("^(分享到|扫一扫|字号|【字体|字体[:：]).*"),
            Pattern.compile("^.{0,30}(浏览|阅读|点击)(次数|量)?[:：]\\s*\\d+\\s*次?.*$"),
            Pattern.compile("^(首页|网站首页)\\s*[|｜>＞].*"),
            Pattern.compile("^(登录|注册)(\\s*[|｜/]\\s*(登录|注册))*$"));

    private ChromeLines() {}

    static boolean isChrome(String trimmedLine) {
        for (Pattern p : CHROME) {
            if (p.matcher(trimmedLine).matches()) return true;
        }
        return false;
    }
}

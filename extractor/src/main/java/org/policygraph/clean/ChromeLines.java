package org.policygraph.clean;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines that belong to a web page's frame or a download site's wrapping, not to the report:
 * page controls, menus, breadcrumbs, publication metadata and counters, previous/next links,
 * footers, download blurbs. The rules go by the shape of such lines (short, made of control
 * words or separated items, no sentence in them), never by one site's wording, and a line of
 * report prose that merely mentions a control word is kept.
 */
final class ChromeLines {
    /** Document-sharing sites' blurbs, which they print on every page. */
    private static final Pattern DUMP_BLURB = Pattern.compile(
            "^.{0,40}(欢迎下载|仅供参考|仅供学习|可编辑|如有侵权|侵删|请联系删除|文档来源|资料来源于网络|word版本|精品文档).{0,40}$");
    /** A rule across the page between two pages: hyphens, equals signs, underscores. */
    private static final Pattern PAGE_RULE = Pattern.compile("^[-=_*]{5,}$");
    private static final List<Pattern> CHROME = List.of(
            // page controls, alone or in a row, bracketed or not
            Pattern.compile("^(\\s*[【\\[]?(打印本页|关闭窗口|打印|关闭|返回顶部|返回列表|返回首页|返回|收藏本页|收藏|下载|全屏|分享|字号|加大|减小|还原|放大|缩小|默认|"
                    + "大|中|小|复制链接|微信|微博|二维码|登录|注册|退出|用户登录|English|繁體|繁体|简体|无障碍|长者模式|关怀版|网站地图|联系我们|设为首页|加入收藏)"
                    + "[】\\]]?\\s*[:：]?)+$"),
            // lines of nothing but brackets, arrows and separators
            Pattern.compile("^[【】\\[\\]>»＞|｜丨/·•\\s-]+$"),
            Pattern.compile("^(上一篇|下一篇|上一条|下一条|上一页|下一页|上篇|下篇)([:：].*)?$"),
            Pattern.compile("^(分享到|扫一扫|字号|【字体|字体[:：]).*"),
            Pattern.compile("^.{0,30}(浏览|阅读|点击|访问)(次数|量|数)?[:：]\\s*\\d+\\s*次?.*$"),
            // publication metadata: a label and a short value
            Pattern.compile("^[(（]?(来源|信息来源|文章来源|发布时间|发表时间|发布日期|时间|日期|作者|编辑|责任编辑|责编|审核|校对|阅读量|浏览量|浏览次数|点击量|"
                    + "相关报道|相关链接|相关阅读|相关文章)[:：][^。;；]{0,40}$"),
            // a publication timestamp alone (reports write their dates in words: 2026年2月5日)
            Pattern.compile("^[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}(\\s+[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?)?$"),
            // breadcrumbs
            Pattern.compile("^(当前位置|您的位置|您现在的位置|你的位置|你现在的位置|所在位置)[:：].*"),
            Pattern.compile("^[^。,，;；]{0,15}(\\s*(>>|>|»|＞|→)\\s*[^。,，;；>»＞→]{1,15}){2,}$"),
            // menus: three or more short items between bars
            Pattern.compile("^[^。,，;；|｜丨]{1,10}(\\s*[|｜丨]\\s*[^。,，;；|｜丨]{1,10}){2,}$"),
            Pattern.compile("^(首页|网站首页)\\s*[|｜>＞].*"),
            Pattern.compile("^(登录|注册)(\\s*[|｜/]\\s*(登录|注册))*$"),
            // footers
            Pattern.compile("^.{0,60}(版权所有|Copyright|©|ICP备|ICP证|公网安备|网站标识码|网站识别码|技术支持[:：]|主办单位?[:：]|承办单位?[:：]|维护单位?[:：]|"
                    + "建议使用.{0,20}浏览器|最佳浏览|分辨率).{0,60}$"),
            DUMP_BLURB);

    /** A run of this many or more very short lines of words only is a menu laid out one item per line. */
    private static final int MENU_RUN = 4;
    private static final Pattern MENU_ITEM = Pattern.compile("^[\\p{IsHan}A-Za-z]{1,6}$");

    private ChromeLines() {}

    /**
     * Chrome that a page break brings (a sharing site's blurb, a rule between pages): the lines on
     * either side of it may be one sentence the break cut, as around a page number.
     */
    static boolean isPageFurniture(String trimmedLine) {
        return DUMP_BLURB.matcher(trimmedLine).matches() || PAGE_RULE.matcher(trimmedLine).matches();
    }

    static boolean isChrome(String trimmedLine) {
        for (Pattern p : CHROME) {
            if (p.matcher(trimmedLine).matches()) return true;
        }
        return false;
    }

    /** Which of the (trimmed) lines are chrome: each by its shape, and runs of menu items together. */
    static boolean[] mark(List<String> lines) {
        boolean[] chrome = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) chrome[i] = !lines.get(i).isEmpty() && isChrome(lines.get(i));
        int runStart = 0;
        for (int i = 0; i <= lines.size(); i++) {
            boolean item = i < lines.size() && !chrome[i] && MENU_ITEM.matcher(lines.get(i)).matches();
            if (item) continue;
            if (i - runStart >= MENU_RUN) {
                for (int j = runStart; j < i; j++) chrome[j] = true;
            }
            runStart = i + 1;
        }
        return chrome;
    }
}

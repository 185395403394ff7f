package org.policygraph.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jsoup.nodes.Entities;

/** Real-world forms of a report's text, made at test time: a web page around it, a Word document, a PDF. */
public final class TestDocuments {
    private TestDocuments() {}

    /** The report's non-blank lines, each a paragraph. */
    public static List<String> paragraphs(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /**
     * A government web page with the report inside: login links, a menu, a breadcrumb, the title,
     * a date and view counter, then the report's paragraphs, then previous/next links, a footer
     * and close links; scripts, styles and a navigation bar too. Its meta tag names the charset.
     */
    public static byte[] webPage(String title, List<String> paragraphs, Charset charset) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=")
                .append(charset.name().toLowerCase()).append("\">\n<title>").append(Entities.escape(title)).append("</title>\n")
                .append("<style>body { font-size: 14px; } .nav { color: red; }</style>\n")
                .append("<script>var views = 512; document.write('统计代码');</script></head>\n<body>\n")
                .append("<div class=\"top\"><a href=\"/login\">登录</a> | <a href=\"/reg\">注册</a></div>\n")
                .append("<div class=\"menu\"><a>首页</a> | <a>政务公开</a> | <a>办事服务</a> | <a>互动交流</a></div>\n")
                .append("<nav><ul><li>机构概况</li><li>新闻中心</li><li>政策文件</li></ul></nav>\n")
                .append("<div class=\"crumb\">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>工作报告</a></div>\n")
                .append("<h1>").append(Entities.escape(title)).append("</h1>\n")
                .append("<div class=\"info\">2020-03-02 | 浏览:512次</div>\n")
                .append("<div class=\"article\">\n");
        for (String p : paragraphs) html.append("<p>").append(Entities.escape(p)).append("</p>\n");
        html.append("</div>\n")
                .append("<div>上一篇：<a>关于印发某某办法的通知</a></div>\n<div>下一篇：<a>关于召开某某会议的通知</a></div>\n")
                .append("<div class=\"tools\">【<a>打印本页</a>】 【<a>关闭窗口</a>】</div>\n")
                .append("<footer>主办单位：某某委员会 | 网站标识码 1100000000 | 京ICP备05060933号</footer>\n")
                .append("<div class=\"foot\">版权所有 © 某某网站 联系我们</div>\n")
                .append("<script>window.onload = function () {};</script>\n</body></html>\n");
        return html.toString().getBytes(charset);
    }

    /** A Word document: one paragraph per line, and a table whose rows hold the given cells. */
    public static byte[] docx(List<String> paragraphs, List<List<String>> tableRows) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) doc.createParagraph().createRun().setText(p);
            if (!tableRows.isEmpty()) {
                XWPFTable table = doc.createTable(tableRows.size(), tableRows.get(0).size());
                for (int r = 0; r < tableRows.size(); r++) {
                    for (int c = 0; c < tableRows.get(r).size(); c++) table.getRow(r).getCell(c).setText(tableRows.get(r).get(c));
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF laid out as a word processor prints it, page numbers at the pages' feet (see {@link TextLayerPdf}). */
    public static byte[] pdf(List<String> paragraphs) {
        try {
            return TextLayerPdf.of(paragraphs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text as copied from a paginated document: about every {@code every} characters, inside
     * a paragraph and between two Chinese characters, the line breaks for a page number, in turn
     * {@code 5、} before the rest of the sentence, {@code - 5 -} and {@code 第5页} on lines of their own.
     */
    public static String withPageNumbers(String text, int every) {
        StringBuilder out = new StringBuilder();
        int page = 5, sinceBreak = 0;
        List<String> lines = new ArrayList<>(text.lines().toList());
        for (String line : lines) {
            int at = 0;
            for (int i = 1; i + 1 < line.length(); i++) {
                boolean inParagraph = line.lastIndexOf('。', i) > 0;
                if (sinceBreak + i - at >= every && inParagraph && isHan(line.charAt(i - 1)) && isHan(line.charAt(i)) && isHan(line.charAt(i + 1))) {
                    out.append(line, at, i).append('\n');
                    switch (page % 3) {
                        case 0 -> out.append(page).append('、');
                        case 1 -> out.append("- ").append(page).append(" -\n");
                        default -> out.append("第").append(page).append("页\n");
                    }
                    page++;
                    sinceBreak = 0;
                    at = i;
                }
            }
            out.append(line.substring(at)).append('\n');
            sinceBreak += line.length() - at;
        }
        return out.toString();
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}

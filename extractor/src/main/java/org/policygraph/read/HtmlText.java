package org.policygraph.read;

import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The visible text of a web page as the reader sees it: scripts, styles, hidden elements and the
 * page frame (navigation, header, footer, sidebars, and lists that are nothing but links:
 * {@link LinkLists}) dropped; every block element on lines of its
 * own, table cells of a row on one line. Chrome that is not marked up as such (menus in plain
 * divs, counters, close links) is left to the cleaner, which knows its shapes.
 */
final class HtmlText {
    private static final String DROPPED = "script, style, noscript, template, nav, header, footer, aside, iframe, object, "
            + "select, button, [hidden], [style~=(?i)display\\s*:\\s*none]";
    private static final Set<String> CELLS = Set.of("td", "th");

    private HtmlText() {}

    static String of(Document page) {
        Element body = page.body();
        body.select(DROPPED).remove();
        LinkLists.remove(body);
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(insidePre(t) ? t.getWholeText() : t.text());
                } else if (node instanceof Element e && e.nameIs("br")) {
                    out.append('\n');
                } else if (node instanceof Element e && breaksLine(e)) {
                    lineBreak(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && CELLS.contains(e.normalName())) out.append(' ');
                else if (node instanceof Element e && breaksLine(e)) lineBreak(out);
            }
        }, body);
        return out.toString();
    }

    private static boolean breaksLine(Element e) {
        return !CELLS.contains(e.normalName()) && (e.isBlock() || e.nameIs("li") || e.nameIs("tr"));
    }

    private static boolean insidePre(TextNode t) {
        for (Node p = t.parent(); p != null; p = p.parent()) {
            if (p instanceof Element e && e.nameIs("pre")) return true;
        }
        return false;
    }

    private static void lineBreak(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') out.append('\n');
    }
}

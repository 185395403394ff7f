package org.policygraph.read;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Blocks of a web page that are nothing but links: the related documents and news beside or
 * under a report, a site's menus in plain lists. Their titles (关于印发《…》的通知, 省政府召开…会议)
 * read as names of policies and events that the report never mentions. A list, table or block
 * with three links or more whose text is at least half link text goes, as boilerplate detectors judge link
 * density; the report's own paragraphs hold few links or none.
 */
final class LinkLists {
    private static final Set<String> BLOCKS = Set.of("ul", "ol", "dl", "table", "div", "section", "p", "td");
    private static final int MIN_LINKS = 3;
    private static final double MIN_LINK_SHARE = 0.5;

    private LinkLists() {}

    /** Counts of one element's text: all of it, the part inside links, the links. */
    private static final class Counts {
        int text, linked, links;
    }

    static void remove(Element body) {
        Map<Node, Counts> counts = new IdentityHashMap<>();
        List<Element> dropped = new ArrayList<>();
        // one pass, children before parents: each element's counts are its children's sums
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {}

            @Override
            public void tail(Node node, int depth) {
                Counts c = new Counts();
                if (node instanceof TextNode t) {
                    c.text = visibleLength(t.getWholeText());
                } else {
                    for (Node child : node.childNodes()) {
                        Counts k = counts.remove(child);
                        if (k == null) continue;
                        c.text += k.text;
                        c.linked += k.linked;
                        c.links += k.links;
                    }
                    if (node instanceof Element e && e.nameIs("a")) {
                        c.linked = c.text;
                        c.links++;
                    }
                    if (node instanceof Element e && BLOCKS.contains(e.normalName()) && c.links >= MIN_LINKS
                            && c.linked >= MIN_LINK_SHARE * c.text) {
                        dropped.add(e);
                        c = new Counts(); // gone: nothing of it counts towards the blocks around it
                    }
                }
                counts.put(node, c);
            }
        }, body);
        for (Element e : dropped) e.remove();
    }

    private static int visibleLength(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (!Character.isWhitespace(s.charAt(i))) n++;
        return n;
    }
}

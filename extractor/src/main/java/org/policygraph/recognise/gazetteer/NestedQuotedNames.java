package org.policygraph.recognise.gazetteer;

import java.util.ArrayList;
import java.util.List;
import org.policygraph.recognise.Mention;

/**
 * A known name quoted inside a longer name is named there too: “三城一区”规划 is a plan, and it
 * mentions the 三城一区. These nested mentions are added after the merger, which would otherwise
 * drop them for overlapping the longer name.
 */
public final class NestedQuotedNames {
    private final Gazetteer gazetteer;

    public NestedQuotedNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<Mention> within(List<Mention> mentions, String text) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            for (int open = text.indexOf('“', m.start()); open >= 0 && open < m.end(); open = text.indexOf('“', open + 1)) {
                int close = text.indexOf('”', open + 1);
                if (close < 0 || close >= m.end()) break;
                if (open == m.start() && close == m.end() - 1) continue; // the whole name is the quote
                String inner = text.substring(open + 1, close);
                int start = open + 1;
                gazetteer.lookup(inner).ifPresent(e -> out.add(new Mention(start, close, inner, e.type(), 0.9, "nested")));
            }
        }
        return out;
    }
}

package org.policygraph.recognise.rules;

import java.util.ArrayList;
import java.util.List;

/** The spans between the 、 separators of a coordinated list, for the rules that read lists. */
final class ListMembers {
    private ListMembers() {}

    /** [start, end) of each member of text[start, end), separators excluded. */
    static List<int[]> between(String text, int start, int end) {
        List<int[]> items = new ArrayList<>();
        int s = start;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == '、') {
                items.add(new int[] {s, i});
                s = i + 1;
            }
        }
        return items;
    }
}

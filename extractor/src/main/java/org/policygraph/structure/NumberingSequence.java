package org.policygraph.structure;

import org.policygraph.clean.ChineseNumber;

/**
 * Follows the numbering of a report's sections ({@code 一、}), numbered tasks ({@code 第39项}),
 * items ({@code (一)}), closing points ({@code 第一}) and sub-items ({@code 1.}) as they come, to
 * tell a heading (the next number of its sequence) from a numeral that merely looks like one.
 */
final class NumberingSequence {
    private int section, task, item, ordinal, arabic;

    /** Whether the numbering is the next of its sequence; if so the sequence moves on to it. */
    boolean advancesTo(String numbering) {
        char first = numbering.charAt(0);
        if (first == '第' && numbering.endsWith("项")) {
            // task lists number their tasks in one count across the year's list, with gaps
            int n = Integer.parseInt(numbering.substring(1, numbering.length() - 1));
            if (n <= task) return false;
            task = n;
        } else if (first == '第') {
            int n = ChineseNumber.parse(numbering.substring(1));
            if (!follows(n, ordinal)) return false;
            ordinal = n;
        } else if (first == '(' || first == '（') {
            int n = ChineseNumber.parse(numbering.substring(1, numbering.length() - 1));
            // items count on across sections in some reports and start again at (一) in others
            if (!follows(n, item) && n != 1) return false;
            item = n;
        } else if (Character.isDigit(first)) {
            int n = Integer.parseInt(numbering.substring(0, numbering.length() - 1));
            if (!follows(n, arabic)) return false;
            arabic = n;
            return true;
        } else {
            int n = ChineseNumber.parse(numbering.substring(0, numbering.length() - 1));
            // a second list of sections (the year's pledges after the report's parts) starts again at 一、
            if (!follows(n, section) && n != 1) return false;
            section = n;
        }
        // sub-items count again under each heading above them
        arabic = 0;
        return true;
    }

    /** The next number, or once a count has begun the one after it: reports now and then skip one (…(十一)(十三)…). */
    private static boolean follows(int n, int last) {
        return n == last + 1 || last > 0 && n == last + 2;
    }
}

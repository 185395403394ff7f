package org.policygraph.structure;

/**
 * Follows the numbering of a report's sections ({@code 一、}), items ({@code (一)}) and closing
 * points ({@code 第一}) as they come, to tell a heading (the next number of its sequence) from a
 * numeral that merely looks like one.
 */
final class NumberingSequence {
    private int section, item, ordinal;

    /** Whether the numbering is the next of its sequence; if so the sequence moves on to it. */
    boolean advancesTo(String numbering) {
        char first = numbering.charAt(0);
        if (first == '第') {
            int n = ChineseNumber.parse(numbering.substring(1));
            if (n != ordinal + 1) return false;
            ordinal = n;
        } else if (first == '(' || first == '（') {
            int n = ChineseNumber.parse(numbering.substring(1, numbering.length() - 1));
            // items count on across sections in some reports and start again at (一) in others
            if (n != item + 1 && n != 1) return false;
            item = n;
        } else {
            int n = ChineseNumber.parse(numbering.substring(0, numbering.length() - 1));
            if (n != section + 1) return false;
            section = n;
        }
        return true;
    }
}

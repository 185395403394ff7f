package org.policygraph.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page numbers that text copied from a .docx or .pdf carries into the report: lines of their
 * own ({@code 5}, {@code - 5 -}, {@code 第5页}, {@code 5/32}), and numbers such as {@code 5、}
 * at the start of the line that continues a sentence cut by the page break
 * ({@code 推动产业\n5、发展}). A numbered item looks the same, so a number at a line's start is
 * taken for a page number only when the line before breaks off mid-sentence and the number does
 * not continue the items' count.
 */
final class PageNumbers {
    private static final Pattern PAGE_LINE = Pattern.compile(
            "^([-—–－~·•]\\s*)?(第\\s*)?[0-9]{1,4}(\\s*页)?(\\s*[/／]\\s*(共\\s*)?[0-9]{1,4}\\s*页?)?(\\s*[-—–－~·•])?$"
                    + "|^(Page|page|PAGE)\\s*[0-9]{1,4}(\\s*(of|/)\\s*[0-9]{1,4})?$"
                    // a viewer's count of pages: 第 3 页 共 40 页, 共40页 第3页, 本文档共40页,当前为第3页
                    + "|^第\\s*[0-9]{1,4}\\s*页\\s*[,，/／]?\\s*共\\s*[0-9]{1,4}\\s*页$"
                    + "|^(本文档|本文|全文)?共\\s*[0-9]{1,4}\\s*页\\s*[,，/／]?\\s*(当前为|当前)?\\s*第\\s*[0-9]{1,4}\\s*页$");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^([0-9]{1,3})\\s*[、.．]\\s*(?=\\p{IsHan})");
    /** Numbering that opens a heading or item (as the structure stage knows them): no sentence is continued there. */
    private static final Pattern NUMBERING = Pattern.compile(
            "^([一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,4}[)）]|第[0-9一二三四五六七八九十百]+[项条章节部分]|第[一二三四五六七八九十]{1,3}[,，、]|[0-9]{1,2}\\s*[.．、])");
    /** Longer lines that open with numbering are paragraphs a page break may cut, not headings. */
    private static final int MAX_HEADING = 30;
    /** What a sentence, a heading or a list item may end with; anything else is a sentence broken off. */
    private static final String ENDINGS = "。！？!?；;：:…”\"’》)）】]";

    private PageNumbers() {}

    static boolean isPageLine(String trimmedLine) {
        return PAGE_LINE.matcher(trimmedLine).matches();
    }

    /** The number of the item a line starts with ({@code 3.}, {@code 3、}), or -1. */
    static int itemNumber(String line) {
        Matcher m = LEADING_NUMBER.matcher(line);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /**
     * How many characters at the start of the line are a page number cutting the previous line's
     * sentence, or 0.
     *
     * @param previous the last line kept before this one
     * @param lastItem the number of the last numbered item seen, or 0
     */
    static int leadingPageNumber(String line, String previous, int lastItem) {
        Matcher m = LEADING_NUMBER.matcher(line);
        if (!m.find() || !continues(previous, line.substring(m.end()))) return 0;
        int n = Integer.parseInt(m.group(1));
        return n == 1 || n == lastItem + 1 ? 0 : m.end();
    }

    /** The line opens with a heading's or an item's numbering. */
    static boolean opensHeading(String line) {
        return NUMBERING.matcher(line).find();
    }

    /**
     * The next line goes on with the sentence the previous one broke off: the previous one ends in
     * a character that ends no sentence, it is no bare heading, and the next one opens no heading.
     */
    static boolean continues(String previous, String next) {
        if (previous.isEmpty() || next.isEmpty()) return false;
        if (ENDINGS.indexOf(previous.charAt(previous.length() - 1)) >= 0) return false;
        boolean bareHeading = NUMBERING.matcher(previous).find() && previous.indexOf('。') < 0 && previous.length() <= MAX_HEADING;
        return !bareHeading && !NUMBERING.matcher(next).find();
    }
}

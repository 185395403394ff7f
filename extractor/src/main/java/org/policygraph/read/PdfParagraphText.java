package org.policygraph.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's text with one line per paragraph, as the plain-text reports have it. PDFBox gives the
 * page's lines; a line that runs to the right edge of the text block, followed by one that starts
 * at its left edge (no first-line indent), is a paragraph the page wrapped, and the two are
 * joined. PDFBox's own paragraph detection is not used: it measures gaps against half the font's
 * height, which the wide line spacing of Chinese documents always exceeds. A page number at a
 * page's foot stays a line of its own, which the cleaner removes, joining the words it split.
 */
final class PdfParagraphText extends PDFTextStripper {
    private final List<PdfLine> page = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private float start = Float.MAX_VALUE, end = -Float.MAX_VALUE, widths;
    private int glyphs;

    PdfParagraphText() {
        setSortByPosition(true);
        setParagraphStart("");
        setParagraphEnd("");
        setPageStart("");
        setPageEnd("");
        setArticleStart("");
        setArticleEnd("");
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        line.append(text);
        for (TextPosition p : positions) {
            start = Math.min(start, p.getXDirAdj());
            end = Math.max(end, p.getXDirAdj() + p.getWidthDirAdj());
            widths += p.getWidthDirAdj();
            glyphs++;
        }
    }

    @Override
    protected void writeWordSeparator() {
        line.append(getWordSeparator());
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    @Override
    protected void writePageEnd() throws IOException {
        endLine();
        output.write(PdfLine.joinWrapped(page));
        page.clear();
    }

    private void endLine() {
        if (!line.isEmpty()) page.add(new PdfLine(line.toString(), start, end, glyphs == 0 ? 0 : widths / glyphs));
        line.setLength(0);
        start = Float.MAX_VALUE;
        end = -Float.MAX_VALUE;
        widths = 0;
        glyphs = 0;
    }
}

package org.policygraph.read;

import java.io.IOException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF's text with one line per paragraph, as the plain-text reports have it: the lines a page
 * wraps a paragraph into are joined (with nothing between Chinese characters, a space between
 * Latin words), paragraphs and pages end with a line break. A page number at a page's foot is
 * a paragraph of its own, which the cleaner removes, joining the words it split.
 */
final class PdfParagraphText extends PDFTextStripper {
    private char lastWritten;

    PdfParagraphText() {
        setSortByPosition(true);
        setLineSeparator("");
        setParagraphStart("");
        setParagraphEnd("\n");
        setPageStart("");
        setPageEnd("\n");
        setArticleStart("");
        setArticleEnd("");
    }

    @Override
    protected void writeString(String text) throws IOException {
        super.writeString(text);
        if (!text.isEmpty()) lastWritten = text.charAt(text.length() - 1);
    }

    @Override
    protected void writeLineSeparator() throws IOException {
        if (lastWritten < 0x80 && Character.isLetter(lastWritten)) output.write(" ");
    }
}

package org.policygraph.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * A PDF's text layer ({@link PdfParagraphText}). A file cut short is refused, though PDFBox
 * could patch it up, since the report would be missing its end; a PDF with no text layer (a
 * scan) reads as blank and is refused by its format.
 */
final class PdfDecoder implements FormatDecoder {
    /** The end-of-file marker must sit in the last 1024 bytes; readers commonly allow some trailing bytes. */
    private static final int END_MARKER_WINDOW = 2048;

    @Override
    public String decode(Path file, byte[] bytes) throws UnreadableInputException {
        if (!hasEndMarker(bytes)) throw new UnreadableInputException(file, "truncated PDF (no %%EOF end marker)");
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new PdfParagraphText().getText(doc);
        } catch (InvalidPasswordException e) {
            throw new UnreadableInputException(file, "encrypted PDF that needs a password");
        } catch (IOException | RuntimeException e) {
            // PDFBox reports some damage with unchecked exceptions as well
            throw new UnreadableInputException(file, "not a readable PDF (damaged?): " + Reasons.oneLine(e));
        }
    }

    private static boolean hasEndMarker(byte[] bytes) {
        int from = Math.max(0, bytes.length - END_MARKER_WINDOW);
        return new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1).contains("%%EOF");
    }
}

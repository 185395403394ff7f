package org.policygraph.read;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/** The report formats PolicyGraph reads, each with its media type and decoder. */
public enum DocumentFormat {
    TEXT("text/plain", new PlainTextDecoder(), "no text in the file"),
    /** Text with Markdown's marks, which cleaning takes out. */
    MARKDOWN("text/markdown", new PlainTextDecoder(), "no text in the file"),
    HTML("text/html", new HtmlDecoder(), "no text in the web page"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", new DocxDecoder(), "no text in the Word document"),
    PDF("application/pdf", new PdfDecoder(), "no text layer in the PDF (a scanned image? run OCR on it first)");

    private static final Pattern HTML_START = Pattern.compile("^\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|meta|body)[\\s>]",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final String mediaType;
    private final FormatDecoder decoder;
    private final String blankReason;

    DocumentFormat(String mediaType, FormatDecoder decoder, String blankReason) {
        this.mediaType = mediaType;
        this.decoder = decoder;
        this.blankReason = blankReason;
    }

    public String mediaType() { return mediaType; }

    /** Decodes the file's bytes into a source document; a file with no text is refused. */
    SourceDocument read(Path file, byte[] bytes) throws UnreadableInputException {
        String text = decoder.decode(file, bytes);
        if (text.isBlank()) throw new UnreadableInputException(file, blankReason);
        return new SourceDocument(file.getFileName().toString(), text, mediaType, FileBytes.sha256(bytes));
    }

    /**
     * The format of a file: magic bytes first, since a misnamed file is common and a truncated
     * one keeps its name; then the extension; then, for text, whether it is a saved web page.
     */
    static DocumentFormat detect(Path file, byte[] bytes) throws UnreadableInputException {
        String ext = extension(file);
        if (startsWith(bytes, '%', 'P', 'D', 'F', '-')) return PDF;
        if (startsWith(bytes, 'P', 'K', 3, 4)) return DOCX;
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new UnreadableInputException(file, "a legacy Office file (.doc, Word 97-2003); save it as .docx or .pdf");
        }
        switch (ext) {
            case "pdf" -> throw new UnreadableInputException(file, "not a PDF: no %PDF header (damaged or misnamed?)");
            case "docx" -> throw new UnreadableInputException(file, "not a .docx: not a ZIP package (damaged or misnamed?)");
            case "html", "htm", "xhtml" -> { return HTML; }
            case "md", "markdown" -> { return looksLikeHtml(bytes) ? HTML : MARKDOWN; }
            default -> { return looksLikeHtml(bytes) ? HTML : TEXT; }
        }
    }

    /** A web page saved under a text name: its first bytes open an HTML document (ASCII in every charset read here but UTF-16). */
    private static boolean looksLikeHtml(byte[] bytes) {
        int n = Math.min(bytes.length, 1024);
        int from = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        return HTML_START.matcher(new String(bytes, from, n - from, StandardCharsets.ISO_8859_1)).find();
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}

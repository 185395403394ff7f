package org.policygraph.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Builds a PDF of Chinese paragraphs as a word processor lays them out: A4 pages, paragraphs
 * wrapped into lines with the first line indented, a page number ({@code - 5 -}) at each
 * page's foot, paragraphs running on across page breaks.
 *
 * <p>Its font is a CID font with a {@code ToUnicode} map and no embedded glyphs: the text layer
 * is exactly what a real PDF's is (what text extraction reads), while no CJK font file is
 * needed, so the test runs the same on any machine. Viewers would draw the glyphs with a
 * substitute font.
 */
public final class TextLayerPdf {
    private static final float SIZE = 12, LEADING = 18, PARAGRAPH_GAP = 45, MARGIN = 72, FOOTER_Y = 40;

    private final Map<Integer, Integer> cidOfChar = new LinkedHashMap<>();

    /** The paragraphs as a PDF's bytes. */
    public static byte[] of(List<String> paragraphs) throws IOException {
        return new TextLayerPdf().build(paragraphs);
    }

    private byte[] build(List<String> paragraphs) throws IOException {
        PDRectangle a4 = PDRectangle.A4;
        int perLine = (int) ((a4.getWidth() - 2 * MARGIN) / SIZE);
        List<List<String>> pages = new ArrayList<>();
        List<String> page = new ArrayList<>();
        float y = a4.getHeight() - MARGIN;
        for (String paragraph : paragraphs) {
            List<String> lines = wrap(paragraph, perLine);
            for (int i = 0; i < lines.size(); i++) {
                if (y < MARGIN) {
                    pages.add(page);
                    page = new ArrayList<>();
                    y = a4.getHeight() - MARGIN;
                }
                float x = MARGIN + (i == 0 ? 2 * SIZE : 0);
                page.add(show(x, y, lines.get(i)));
                y -= LEADING;
            }
            y -= PARAGRAPH_GAP - LEADING;
        }
        pages.add(page);

        try (PDDocument doc = new PDDocument()) {
            COSDictionary font = font(doc);
            for (int n = 0; n < pages.size(); n++) {
                PDPage p = new PDPage(a4);
                PDResources resources = new PDResources();
                COSDictionary fonts = new COSDictionary();
                fonts.setItem(COSName.getPDFName("F1"), font);
                resources.getCOSObject().setItem(COSName.FONT, fonts);
                p.setResources(resources);
                String pageNumber = "- " + (n + 1) + " -";
                String content = String.join("\n", pages.get(n)) + "\n"
                        + show(a4.getWidth() / 2 - pageNumber.length() * SIZE / 2, FOOTER_Y, pageNumber);
                PDStream stream = new PDStream(doc);
                try (OutputStream out = stream.createOutputStream()) {
                    out.write(content.getBytes(StandardCharsets.US_ASCII));
                }
                p.setContents(stream);
                doc.addPage(p);
            }
            font.setItem(COSName.TO_UNICODE, toUnicode(doc));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static List<String> wrap(String paragraph, int perLine) {
        List<String> lines = new ArrayList<>();
        int first = perLine - 2; // the indent
        int at = 0;
        while (at < paragraph.length()) {
            int n = Math.min(paragraph.length() - at, lines.isEmpty() ? first : perLine);
            lines.add(paragraph.substring(at, at + n));
            at += n;
        }
        return lines;
    }

    /** One line of text at (x, y), each character a two-byte CID. */
    private String show(float x, float y, String text) {
        StringBuilder hex = new StringBuilder();
        text.codePoints().forEach(c -> hex.append(String.format("%04X", cidOfChar.computeIfAbsent(c, k -> cidOfChar.size() + 1))));
        return String.format("BT /F1 %.0f Tf 1 0 0 1 %.2f %.2f Tm <%s> Tj ET", SIZE, x, y, hex);
    }

    private static COSDictionary font(PDDocument doc) {
        COSDictionary info = new COSDictionary();
        info.setString(COSName.REGISTRY, "Adobe");
        info.setString(COSName.ORDERING, "Identity");
        info.setInt(COSName.SUPPLEMENT, 0);

        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, "TextLayer");
        descriptor.setInt(COSName.FLAGS, 4);
        COSArray bbox = new COSArray();
        for (int v : new int[] {0, -200, 1000, 800}) bbox.add(COSInteger.get(v));
        descriptor.setItem(COSName.FONT_BBOX, bbox);
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 800);
        descriptor.setInt(COSName.DESCENT, -200);
        descriptor.setInt(COSName.CAP_HEIGHT, 700);
        descriptor.setInt(COSName.STEM_V, 80);

        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cidFont.setName(COSName.BASE_FONT, "TextLayer");
        cidFont.setItem(COSName.CIDSYSTEMINFO, info);
        cidFont.setItem(COSName.FONT_DESC, descriptor);
        cidFont.setInt(COSName.DW, 1000);
        cidFont.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);

        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE0);
        font.setName(COSName.BASE_FONT, "TextLayer");
        font.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        font.setItem(COSName.DESCENDANT_FONTS, descendants);
        return font;
    }

    /** The CMap from each CID back to its character: the PDF's text layer. */
    private COSStream toUnicode(PDDocument doc) throws IOException {
        StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<Map.Entry<Integer, Integer>> entries = new ArrayList<>(cidOfChar.entrySet());
        for (int from = 0; from < entries.size(); from += 100) {
            List<Map.Entry<Integer, Integer>> chunk = entries.subList(from, Math.min(entries.size(), from + 100));
            cmap.append(chunk.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, Integer> e : chunk) {
                StringBuilder utf16 = new StringBuilder();
                for (char c : Character.toChars(e.getKey())) utf16.append(String.format("%04X", (int) c));
                cmap.append(String.format("<%04X> <%s>%n", e.getValue(), utf16));
            }
            cmap.append("endbfchar\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        COSStream stream = doc.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream()) {
            out.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
        }
        return stream;
    }
}

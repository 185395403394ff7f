package org.policygraph.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A Word document (.docx): the body's paragraphs in order, each on its own line with the number
 * Word's automatic numbering shows before it ({@link WordNumbering}), each table row on one
 * line. Page headers and footers are not part of the body, so their page numbers never enter.
 */
final class DocxDecoder implements FormatDecoder {

    @Override
    public String decode(Path file, byte[] bytes) throws UnreadableInputException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder out = new StringBuilder();
            WordNumbering numbering = new WordNumbering();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) out.append(numbering.label(p)).append(p.getText()).append('\n');
                else if (element instanceof XWPFTable t) appendTable(t, out);
                else if (element instanceof XWPFSDT sdt) out.append(sdt.getContent().getText()).append('\n');
            }
            return out.toString();
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged package with unchecked exceptions as well (NotOfficeXmlFileException, POIXMLException…)
            throw new UnreadableInputException(file, "not a readable .docx (truncated or damaged): " + Reasons.oneLine(e));
        }
    }

    private static void appendTable(XWPFTable table, StringBuilder out) {
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                String text = cell.getText().strip().replace('\n', ' ');
                if (!text.isEmpty()) cells.add(text);
            }
            if (!cells.isEmpty()) out.append(String.join(" ", cells)).append('\n');
        }
    }
}

package org.policygraph.read;

import java.util.List;

/** One line of a PDF page: its text and where it starts and ends across the page, in points. */
record PdfLine(String text, float start, float end, float glyphWidth) {

    /** The page's lines as text, one line per paragraph: wrapped lines joined, each paragraph ending with a line break. */
    static String joinWrapped(List<PdfLine> lines) {
        float left = Float.MAX_VALUE, right = -Float.MAX_VALUE;
        for (PdfLine l : lines) {
            left = Math.min(left, l.start);
            right = Math.max(right, l.end);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            PdfLine l = lines.get(i);
            if (i > 0) {
                PdfLine previous = lines.get(i - 1);
                boolean wrapped = previous.end >= right - 1.5f * previous.glyphWidth && l.start <= left + 0.5f * l.glyphWidth;
                if (!wrapped) out.append('\n');
                else if (latinLetter(out.charAt(out.length() - 1)) && latinLetter(l.text.charAt(0))) out.append(' ');
            }
            out.append(l.text);
        }
        if (!lines.isEmpty()) out.append('\n');
        return out.toString();
    }

    private static boolean latinLetter(char c) {
        return c < 0x80 && Character.isLetter(c);
    }
}

package org.policygraph.read;

import java.nio.file.Path;

/** Plain text in UTF-8, GB18030/GBK or UTF-16, detected strictly; binary content is refused. */
final class PlainTextDecoder implements FormatDecoder {
    private final CharsetDetector detector = new CharsetDetector();

    @Override
    public String decode(Path file, byte[] bytes) throws UnreadableInputException {
        String text = detector.decode(bytes)
                .map(CharsetDetector.Decoded::text)
                .orElseThrow(() -> new UnreadableInputException(file, "not text in UTF-8, UTF-16 or GB18030 (binary or damaged?)"));
        if (looksBinary(text)) throw new UnreadableInputException(file, "binary content (control characters), not a text report");
        return text;
    }

    /** Control characters other than line breaks and tabs: decoded text of a binary file, not a report. */
    static boolean looksBinary(String text) {
        int control = 0;
        int n = Math.min(text.length(), 8192);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
        }
        return control > n / 100 + 1;
    }
}

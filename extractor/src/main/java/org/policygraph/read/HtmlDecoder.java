package org.policygraph.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * A web page: its charset from the byte-order mark, else its meta tag (when the bytes are valid
 * in it), else detected as for plain text; then its visible text, one line per block (see {@link HtmlText}).
 */
final class HtmlDecoder implements FormatDecoder {
    private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset GB18030 = Charset.forName("GB18030");

    private final CharsetDetector detector = new CharsetDetector();

    @Override
    public String decode(Path file, byte[] bytes) throws UnreadableInputException {
        Optional<CharsetDetector.Decoded> declared = CharsetDetector.hasByteOrderMark(bytes)
                ? Optional.empty()
                : declaredCharset(bytes).flatMap(cs -> detector.decodeAs(bytes, cs));
        String html = declared.or(() -> detector.decode(bytes))
                .map(CharsetDetector.Decoded::text)
                .orElseThrow(() -> new UnreadableInputException(file, "web page not in its declared charset, UTF-8, UTF-16 or GB18030 (damaged?)"));
        if (PlainTextDecoder.looksBinary(html)) throw new UnreadableInputException(file, "binary content (control characters), not a web page");
        return HtmlText.of(Jsoup.parse(html));
    }

    /** The charset a meta tag in the page's head declares; GB2312 and GBK are read as their superset GB18030. */
    static Optional<Charset> declaredCharset(byte[] bytes) {
        Matcher m = META_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1));
        if (!m.find()) return Optional.empty();
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("gb2312") || name.equals("gbk") || name.equals("x-gbk") || name.equals("gb_2312-80")) return Optional.of(GB18030);
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException unknownOrUnsupported) {
            return Optional.empty();
        }
    }
}

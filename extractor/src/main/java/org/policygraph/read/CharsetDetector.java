package org.policygraph.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes report bytes without guessing silently: a byte-order mark wins; otherwise UTF-16 is
 * recognised by its zero bytes, then strict UTF-8, then strict GB18030 (a superset of GBK and
 * GB2312). Strict means malformed input is an error, never a replacement character.
 */
public final class CharsetDetector {
    private static final Charset GB18030 = Charset.forName("GB18030");

    /** The decoded text and the charset it was read with. */
    public record Decoded(String text, Charset charset) {}

    public Optional<Decoded> decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return strict(bytes, 3, StandardCharsets.UTF_8);
        if (startsWith(bytes, 0xFE, 0xFF)) return strict(bytes, 2, StandardCharsets.UTF_16BE);
        if (startsWith(bytes, 0xFF, 0xFE)) return strict(bytes, 2, StandardCharsets.UTF_16LE);
        Optional<Charset> utf16 = utf16ByZeroBytes(bytes);
        if (utf16.isPresent()) return strict(bytes, 0, utf16.get());
        Optional<Decoded> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) return utf8;
        Optional<Decoded> bomless = plausibleUtf16(bytes);
        if (bomless.isPresent()) return bomless;
        return strict(bytes, 0, GB18030);
    }

    /** The bytes decoded strictly in a charset the document declares (a web page's meta tag), if they are valid in it. */
    public Optional<Decoded> decodeAs(byte[] bytes, Charset declared) {
        return strict(bytes, 0, declared);
    }

    /** A byte-order mark names the encoding outright, before anything a document declares. */
    public static boolean hasByteOrderMark(byte[] b) {
        return startsWith(b, 0xEF, 0xBB, 0xBF) || startsWith(b, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE);
    }

    /** Chinese and ASCII text in UTF-16 has a zero in one byte of most ASCII code units; no other encoding here does. */
    private static Optional<Charset> utf16ByZeroBytes(byte[] b) {
        int n = Math.min(b.length - (b.length % 2), 4096);
        if (n < 4) return Optional.empty();
        int zeroEven = 0, zeroOdd = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) zeroEven++;
            if (b[i + 1] == 0) zeroOdd++;
        }
        int pairs = n / 2;
        // ASCII puts its zero in one half; a few Chinese characters (一 U+4E00) put one in the other
        if (zeroEven > pairs / 10 && zeroOdd <= zeroEven / 8) return Optional.of(StandardCharsets.UTF_16BE);
        if (zeroOdd > pairs / 10 && zeroEven <= zeroOdd / 8) return Optional.of(StandardCharsets.UTF_16LE);
        return Optional.empty();
    }

    /**
     * Chinese text in UTF-16 without a byte-order mark and with little ASCII: decoded in the right
     * byte order it is nearly all CJK ideographs, punctuation and ASCII; in the wrong order, or
     * when the bytes are GBK, the code points scatter over the whole plane.
     */
    private static Optional<Decoded> plausibleUtf16(byte[] bytes) {
        if (bytes.length % 2 != 0) return Optional.empty();
        for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            Optional<Decoded> d = strict(bytes, 0, cs);
            if (d.isPresent() && plausibleChinese(d.get().text()) >= 0.95) return d;
        }
        return Optional.empty();
    }

    private static double plausibleChinese(String text) {
        int n = Math.min(text.length(), 4096), ok = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x4E00 && c <= 0x9FFF || c >= 0x20 && c < 0x7F || c == '\n' || c == '\r' || c == '\t'
                    || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF || c >= 0x2010 && c <= 0x206F) ok++;
        }
        return n == 0 ? 0 : (double) ok / n;
    }

    private static Optional<Decoded> strict(byte[] bytes, int offset, Charset cs) {
        try {
            String text = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
            return Optional.of(new Decoded(text, cs));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}

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
        return strict(bytes, 0, GB18030);
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
        // a text with no ASCII at all (rare) falls through to the strict decoders
        if (zeroEven > pairs / 10 && zeroOdd == 0) return Optional.of(StandardCharsets.UTF_16BE);
        if (zeroOdd > pairs / 10 && zeroEven == 0) return Optional.of(StandardCharsets.UTF_16LE);
        return Optional.empty();
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

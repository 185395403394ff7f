package org.policygraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policygraph.Corpus;

/** The same report paragraph, encoded by the test in every encoding reports come in, decodes to the identical string. */
class CharsetDetectorTest {
    private static final Charset GB18030 = Charset.forName("GB18030");

    /** The first task of report 000 and its progress paragraph: Chinese with half-width digits and punctuation. */
    private static String paragraph;

    private final CharsetDetector detector = new CharsetDetector();

    @BeforeAll
    static void loadParagraph() {
        paragraph = Corpus.read(Corpus.R000).lines().limit(2).collect(Collectors.joining("\n", "", "\n"));
        assertTrue(paragraph.startsWith("第39项:"), paragraph);
        assertTrue(paragraph.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count() > 200);
    }

    /** Encodes the paragraph; "+BOM" adds the encoding's byte-order mark. */
    private static byte[] encode(String encoding) {
        boolean bom = encoding.endsWith("+BOM");
        Charset cs = Charset.forName(bom ? encoding.substring(0, encoding.length() - 4) : encoding);
        assertTrue(cs.newEncoder().canEncode(paragraph), cs + " cannot hold the paragraph");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) out.writeBytes("\uFEFF".getBytes(cs));
        out.writeBytes(paragraph.getBytes(cs));
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-8", "UTF-8+BOM", "GB18030", "GBK", "UTF-16LE+BOM", "UTF-16BE+BOM"})
    void decodesTheParagraphToTheIdenticalString(String encoding) {
        byte[] bytes = encode(encoding);
        Optional<CharsetDetector.Decoded> decoded = detector.decode(bytes);
        assertTrue(decoded.isPresent(), encoding + " not decoded");
        assertEquals(paragraph, decoded.get().text(), encoding);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void decodesUtf16WithoutByteOrderMark(String encoding) {
        Optional<CharsetDetector.Decoded> decoded = detector.decode(encode(encoding));
        assertTrue(decoded.isPresent(), encoding + " not decoded");
        assertEquals(paragraph, decoded.get().text());
        assertEquals(Charset.forName(encoding), decoded.get().charset());
    }

    @Test
    void namesTheCharsetItReadWith() {
        assertEquals(StandardCharsets.UTF_8, detector.decode(encode("UTF-8")).orElseThrow().charset());
        assertEquals(StandardCharsets.UTF_8, detector.decode(encode("UTF-8+BOM")).orElseThrow().charset());
        assertEquals(StandardCharsets.UTF_16LE, detector.decode(encode("UTF-16LE+BOM")).orElseThrow().charset());
        assertEquals(StandardCharsets.UTF_16BE, detector.decode(encode("UTF-16BE+BOM")).orElseThrow().charset());
        // GBK is a subset of GB18030, which reads it
        assertEquals(GB18030, detector.decode(encode("GBK")).orElseThrow().charset());
        assertEquals(GB18030, detector.decode(encode("GB18030")).orElseThrow().charset());
    }

    @Test
    void byteOrderMarkIsNotPartOfTheText() {
        String text = detector.decode(encode("UTF-8+BOM")).orElseThrow().text();
        assertFalse(text.startsWith("\uFEFF"));
        assertEquals('第', text.charAt(0));
    }

    @Test
    void randomBytesAreNotText() {
        byte[] noise = new byte[4096];
        new Random(20240601L).nextBytes(noise);
        assertEquals(Optional.empty(), detector.decode(noise), "random bytes decoded as text");
    }

    @Test
    void utf8CutInsideACharacterIsNeverDecodedWithReplacementCharacters() {
        byte[] utf8 = paragraph.getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(utf8, utf8.length - 2); // drops the final \n and the last of 。's three bytes
        detector.decode(cut).ifPresent(d -> {
            assertFalse(d.text().contains("\uFFFD"), "replacement character in " + d.charset() + " decoding");
            assertFalse(d.charset().equals(StandardCharsets.UTF_8), "malformed UTF-8 accepted as UTF-8");
        });
    }
}

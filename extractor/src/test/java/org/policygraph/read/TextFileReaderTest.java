package org.policygraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.Corpus;

/** Reading report files: text, name and hash for good files; a one-line reason naming the file for bad ones. */
class TextFileReaderTest {
    private static final long LIMIT = 1 << 20;

    @TempDir
    Path dir;

    private final ReportFileReader reader = ReportFileReader.plainTextOnly(LIMIT);

    @Test
    void readsACorpusReport() throws Exception {
        Path copy = Files.copy(Corpus.path(Corpus.R003), dir.resolve(Corpus.R003));
        SourceDocument doc = reader.read(copy);
        assertEquals(Corpus.R003, doc.fileName());
        assertTrue(Corpus.read(Corpus.R003).equals(doc.text()), "text differs from the UTF-8 file");
        assertEquals("text/plain", doc.mediaType());
    }

    @Test
    void gbkAndUtf8FilesOfOneReportGiveOneTextButTwoHashes() throws Exception {
        // the report's lines that GBK can hold (one writes 七•一 with U+2022, which GBK lacks)
        CharsetEncoder gbkEncoder = Charset.forName("GBK").newEncoder();
        String text = Corpus.read(Corpus.R000).lines().filter(gbkEncoder::canEncode).collect(Collectors.joining("\n", "", "\n"));
        assertTrue(text.length() > 5_000, "too little of the report left: " + text.length());
        Path utf8 = Files.write(dir.resolve("utf8.txt"), text.getBytes(StandardCharsets.UTF_8));
        Path gbk = Files.write(dir.resolve("gbk.txt"), text.getBytes(Charset.forName("GBK")));
        SourceDocument a = reader.read(utf8);
        SourceDocument b = reader.read(gbk);
        assertTrue(text.equals(a.text()), "UTF-8 file read differently");
        assertTrue(text.equals(b.text()), "GBK file read differently");
        assertNotEquals(a.sha256(), b.sha256(), "the hash is of the bytes, not the text");
    }

    /** Published SHA-256 test vectors (FIPS 180-2 appendix B.1, and the empty message). */
    @Test
    void sha256MatchesPublishedTestVectors() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                TextFileReader.sha256("abc".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
                TextFileReader.sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", TextFileReader.sha256(new byte[0]));
    }

    @Test
    void documentCarriesTheHashOfTheFileBytes() throws Exception {
        Path abc = Files.write(dir.resolve("abc.txt"), "abc".getBytes(StandardCharsets.US_ASCII));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", reader.read(abc).sha256());
    }

    @Test
    void fileNameHasNoFolders() throws Exception {
        Path deep = Files.createDirectories(dir.resolve("2020").resolve("海淀"));
        Path file = Files.writeString(deep.resolve("report.txt"), "第1项:推进中关村科学城建设。");
        assertEquals("report.txt", reader.read(file).fileName());
    }

    @Test
    void randomBytesAreRefused() throws Exception {
        byte[] noise = new byte[4096];
        new Random(7L).nextBytes(noise);
        Path file = Files.write(dir.resolve("noise.txt"), noise);
        assertRefused(file, reader, "not text");
    }

    @Test
    void controlCharactersAreRefusedAsBinary() throws Exception {
        byte[] bytes = new byte[2000];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i % 2 == 0 ? 'a' : 0x01);
        Path file = Files.write(dir.resolve("binary.txt"), bytes);
        assertRefused(file, reader, "binary");
    }

    @Test
    void emptyFileIsRefused() throws Exception {
        Path file = Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertRefused(file, reader, "empty");
    }

    @Test
    void blankFileIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("blank.txt"), " \n\t\n\u3000\n");
        assertRefused(file, reader, "no text");
    }

    @Test
    void fileOverTheLimitIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("big.txt"), "中关村科学城".repeat(10)); // 180 bytes in UTF-8
        UnreadableInputException e = assertRefused(file, ReportFileReader.plainTextOnly(100), "limit");
        assertTrue(e.getMessage().contains("180"), "size not stated: " + e.getMessage());
        assertTrue(e.getMessage().contains("100"), "limit not stated: " + e.getMessage());
    }

    @Test
    void fileAtTheLimitIsRead() throws Exception {
        Path file = Files.writeString(dir.resolve("exact.txt"), "中关村科学城".repeat(10));
        assertEquals("中关村科学城".repeat(10), ReportFileReader.plainTextOnly(180).read(file).text());
    }

    @Test
    void missingFileIsRefused() {
        Path file = dir.resolve("no-such-report.txt");
        assertRefused(file, reader, "cannot read");
    }

    @Test
    void folderIsRefused() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("a-folder.txt"));
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> reader.read(folder));
        assertTrue(e.getMessage().contains(folder.toString()), e.getMessage());
    }

    private static UnreadableInputException assertRefused(Path file, ReportFileReader reader, String reason) {
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> reader.read(file));
        assertEquals(file, e.path());
        assertTrue(e.getMessage().contains(file.toString()), "file not named: " + e.getMessage());
        assertTrue(e.getMessage().contains(reason), "reason '" + reason + "' not given: " + e.getMessage());
        assertTrue(e.getMessage().lines().count() == 1, "not one line: " + e.getMessage());
        return e;
    }
}

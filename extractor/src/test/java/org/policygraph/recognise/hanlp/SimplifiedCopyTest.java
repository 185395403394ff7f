package org.policygraph.recognise.hanlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.HanLP;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.policygraph.Corpus;

/** The simplified copy of a traditional text is as long as the original, character for character, and a simplified text gets none. */
class SimplifiedCopyTest {

    @Test
    void traditionalCopiesOfTheSampleReportsSimplifyBackInPlace() {
        for (String name : Corpus.ALL) {
            String report = Corpus.read(name);
            String traditional = HanLP.convertToTraditionalChinese(report);
            String copy = SimplifiedCopy.of(traditional).orElseThrow(() -> new AssertionError(name + " not taken for traditional"));
            assertEquals(traditional.length(), copy.length(), name);
            // HanLP's round trip is faithful but for a handful of variants (乾/干), and never moves a character
            int differ = 0;
            for (int i = 0; i < report.length(); i++) if (report.charAt(i) != copy.charAt(i)) differ++;
            assertTrue(differ <= report.length() / 500, name + ": " + differ + " characters differ from the simplified report");
        }
    }

    @Test
    void simplifiedReportsGetNoCopy() {
        for (String name : Corpus.ALL) assertEquals(Optional.empty(), SimplifiedCopy.of(Corpus.read(name)), name);
    }

    @Test
    void wordsThatChangeLengthAreConvertedCharacterByCharacter() {
        // 筆記簿型電腦 is 笔记本电脑 for HanLP: one character fewer, so the clause goes character by character
        String text = "各單位採購筆記簿型電腦,推動軟體產業發展,資訊化水準提升。";
        assertEquals(5, HanLP.convertToSimplifiedChinese("筆記簿型電腦").length());
        String copy = SimplifiedCopy.of(text).orElseThrow();
        assertEquals(text.length(), copy.length());
        assertEquals("各单位采购笔记簿型电脑,推动软体产业发展,资讯化水准提升。", copy);
    }

    @Test
    void charactersOutsideTheBasicPlaneKeepTheirLength() {
        // HanLP maps 㑮 (one UTF-16 unit) to 𫝈 (two): it stays as written
        String text = "推動㑮產業園區建設發展,完善服務體系。";
        assertEquals(2, HanLP.convertToSimplifiedChinese("㑮").length());
        String copy = SimplifiedCopy.of(text).orElseThrow();
        assertEquals(text.length(), copy.length());
        assertEquals("推动㑮产业园区建设发展,完善服务体系。", copy);
    }
}

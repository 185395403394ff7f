package org.policygraph.relate.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.RealSegmentation;

/** Quantities in real report sentences, segmented by HanLP as the pipeline does. */
class QuantityRecogniserTest {
    private final QuantityRecogniser recogniser = new QuantityRecogniser();

    private List<QuantityRecogniser.Found> find(String sentence) {
        AnalysedText a = RealSegmentation.analyse(sentence);
        return recogniser.find(a, 0, sentence.length());
    }

    private static QuantityRecogniser.Found only(List<QuantityRecogniser.Found> found, String text) {
        return found.stream().filter(f -> f.text().equals(text)).findFirst()
                .orElseGet(() -> fail("no quantity '" + text + "' in " + found.stream().map(QuantityRecogniser.Found::text).toList()));
    }

    private static void assertQuantity(QuantityRecogniser.Found f, String value, String unit, String counts) {
        assertEquals(new BigDecimal(value).stripTrailingZeros(), f.value().stripTrailingZeros(), f.text());
        assertEquals(unit, f.unit(), f.text());
        assertEquals(Optional.ofNullable(counts), f.counts(), f.text());
    }

    @Test
    void aCountNamesTheNounItCounts() {
        var found = find("3.累计调研了400家企业,其中65家企业明确落地意向,完成企业内部决策的28家。");
        assertQuantity(only(found, "400家企业"), "400", "家", "企业");
        assertQuantity(only(found, "65家企业"), "65", "家", "企业");
        assertQuantity(only(found, "28家"), "28", "家", null);
    }

    @Test
    void theHeadOfALongNounPhraseIsWhatIsCounted() {
        var found = find("全市已创建1家国家技术创新中心、28家国家技术创新示范企业、92家国家级企业技术中心。");
        assertQuantity(only(found, "28家国家技术创新示范企业"), "28", "家", "企业");
        assertQuantity(only(found, "1家国家技术创新中心"), "1", "家", "中心");
    }

    @Test
    void aNounAboutTheCountedOneEndsThePhrase() {
        var found = find("征求市教委、市科委、市财政局等11家单位意见。");
        assertQuantity(only(found, "11家单位"), "11", "家", "单位");
    }

    @Test
    void magnitudesAreExpandedIntoTheValue() {
        var found = find("实现总收入4.784万亿元,首发募集资金总额830亿元,加快建设约13万平方米人才公租房。");
        assertQuantity(only(found, "4.784万亿元"), "4784000000000", "元", null);
        assertQuantity(only(found, "830亿元"), "83000000000", "元", null);
        assertQuantity(only(found, "13万平方米"), "130000", "平方米", null);
    }

    @Test
    void percentagesAndApproximateCounts() {
        var found = find("分别同比增长7.3%、6.5%,组织召开各类工作部署会、协调会、政策论证会近20次,吸引40余家企业签约入驻。");
        assertQuantity(only(found, "7.3%"), "7.3", "%", null);
        assertQuantity(only(found, "6.5%"), "6.5", "%", null);
        assertQuantity(only(found, "20次"), "20", "次", null);
        assertQuantity(only(found, "40余家企业"), "40", "家", "企业");
    }

    @Test
    void theCountedNounMayComeFirst() {
        var found = find("细化形成2020年度分园重点任务、重点项目清单,其中重点任务240项,重点项目194个。");
        assertQuantity(only(found, "任务240项"), "240", "项", "任务");
        assertQuantity(only(found, "项目194个"), "194", "个", "项目");
    }

    @Test
    void yearsOrdinalsAndBareNumbersAreNoQuantities() {
        var found = find("第39项:2020年推动5G应用,编号2020。");
        assertEquals(List.of(), found.stream().map(QuantityRecogniser.Found::text).toList());
    }
}

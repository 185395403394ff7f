package org.policygraph.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.Training;
import org.policygraph.eval.GoldReport;
import org.policygraph.read.ReportFileReader;
import org.policygraph.clean.ReportTextCleaner;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.tagger.EntityTags;

/** Gold surface forms projected onto the cleaned text of real reports of the training corpus. */
class LabelProjectionTest {
    private static String zgc;
    private static GoldReport zgcGold;
    private static String fujian;
    private static GoldReport fujianGold;

    @BeforeAll
    static void read() throws Exception {
        zgc = cleaned("000_28d4d448e5e08362.txt");
        zgcGold = GoldReport.read(Training.gold().resolve("000_28d4d448e5e08362.txt.gold.json"));
        fujian = cleaned("gov2026_fujian.txt");
        fujianGold = GoldReport.read(Training.gold().resolve("gov2026_fujian.txt.gold.json"));
    }

    private static String cleaned(String name) throws Exception {
        return new ReportTextCleaner().clean(new ReportFileReader(1 << 26).read(Training.reports().resolve(name)).text()).text();
    }

    private static LabelProjection.Span spanAt(List<LabelProjection.Span> spans, int offset) {
        return spans.stream().filter(s -> s.start() <= offset && offset < s.end()).findFirst().orElse(null);
    }

    @Test
    void aShortFormInsideALongerNameIsPartOfTheLongerName() {
        // 海淀区政府研究完成中关村科学城2020年工作方案并…: the plan, not the park inside its name
        int at = zgc.indexOf("中关村科学城2020年工作方案");
        assertTrue(at >= 0);
        LabelProjection.Span s = spanAt(LabelProjection.spans(zgc, zgcGold), at);
        assertEquals(new LabelProjection.Span(at, at + "中关村科学城2020年工作方案".length(), EntityType.POLICY), s);
        // 云上中关村论坛 is a written form of 中关村论坛 and is labelled whole
        int forum = zgc.indexOf("云上中关村论坛");
        assertEquals(new LabelProjection.Span(forum, forum + 7, EntityType.EVENT), spanAt(LabelProjection.spans(zgc, zgcGold), forum + 3));
    }

    @Test
    void theSameNameStandingAloneIsLabelledOnItsOwn() {
        // 创业大街等机构在中关村科学城开展创业服务: here the park is the whole name
        int at = zgc.indexOf("在中关村科学城开展") + 1;
        assertEquals(new LabelProjection.Span(at, at + 6, EntityType.PARK), spanAt(LabelProjection.spans(zgc, zgcGold), at));
        int[] tags = LabelProjection.tags(zgc, zgcGold);
        assertEquals(EntityTags.OUTSIDE, tags[at - 1]);
        assertEquals(EntityTags.OUTSIDE, tags[at + 6]);
        assertEquals(java.util.List.of(new EntityTags.Span(0, 6, EntityType.PARK)),
                EntityTags.spans(java.util.Arrays.copyOfRange(tags, at, at + 6)));
    }

    @Test
    void aNameWithQuotationMarksInsideIsFoundThoughTheGoldDropsThem() {
        // the gold writes 1131数字政府基础平台提升工程; the text has 实施“1131”数字政府基础平台提升工程
        int at = fujian.indexOf("“1131”数字政府基础平台提升工程");
        assertTrue(at >= 0);
        LabelProjection.Span s = spanAt(LabelProjection.spans(fujian, fujianGold), at + 1);
        assertEquals(new LabelProjection.Span(at, at + "“1131”数字政府基础平台提升工程".length(), EntityType.PROJECT), s);
    }

    @Test
    void spansNeverOverlapAndEveryGoldEntityOfTheSampleReportIsMostlyFound() {
        List<LabelProjection.Span> spans = LabelProjection.spans(zgc, zgcGold);
        for (int i = 1; i < spans.size(); i++) assertTrue(spans.get(i - 1).end() <= spans.get(i).start());
        long found = zgcGold.entities().stream().filter(e -> spans.stream().anyMatch(s -> s.type() == e.type()
                && (zgc.substring(s.start(), s.end()).replaceAll("[“”]", "").equals(e.name())
                || e.mentions().contains(zgc.substring(s.start(), s.end()).replaceAll("[“”]", ""))))).count();
        assertTrue(found >= 0.9 * zgcGold.entities().size(), found + " of " + zgcGold.entities().size());
    }
}

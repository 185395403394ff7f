package org.policygraph.recognise.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policygraph.recognise.RealSegmentation.describe;
import static org.policygraph.recognise.RealSegmentation.offsetOf;
import static org.policygraph.recognise.RealSegmentation.only;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policygraph.Corpus;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.Mention;
import org.policygraph.recognise.RealSegmentation;
import org.policygraph.recognise.Recogniser;

/** The filter over every recogniser's candidates: what the recognisers propose on real sentences, and what is kept. */
class CandidateFilterTest {
    private final CandidateFilter filter = new CandidateFilter();
    private final List<Recogniser> recognisers = List.of(new BookTitleRecogniser(), new QuotedNameRecogniser(),
            new SuffixNameRecogniser(HeadWords.forRunningText()), new CueObjectRecogniser(), new TaggedNameRecogniser());

    /** 001, (十九). */
    private static final String PARTY_AND_GOVERNMENT = "实现了以考核责任书为抓手,引导中发展集团更好的完成市委市政府重大任务。";
    /** 001, (二十). */
    private static final String ONE_ZONE = "统筹“一区多园”发展,加强对分园创新发展的考核评价和产业定位引导";
    /** 000, 第247项. */
    private static final String BRANCHES = "1.开展警示教育,组织各党支部观看廉政警示教育片、围绕北京市三起青年干部严重违纪违法案例开展学习等";
    /** 001, (十七). */
    private static final String REPORT_SENT_UP = "并已形成报告报市政府;开展对生态园区、存量空间资源";
    /** 001, (二十二). */
    private static final String OFFICIALS = "同月,召开2018年中关村社会组织工作会,总结经验并部署工作,市委社会工委书记宋贵伦、"
            + "中关村管委会主任翟立新、市社团办主任温庆云等出席会议并讲话,300多位社会组织负责人参加会议。";

    /** 000, 第50项: a document number whose issuer code reads like a park. */
    private static final String DOCUMENT_NUMBER = "已着手修订《中关村科技园区管理委员会审计工作管理办法(试行)》(中科园发[2013]52号)。";

    private List<Mention> candidates(String sentence) {
        AnalysedText at = RealSegmentation.analyse(sentence);
        List<Mention> all = new ArrayList<>();
        for (Recogniser r : recognisers) all.addAll(r.recognise(at));
        return all;
    }

    /** The recognisers propose the phrase (else the test proves nothing) and the filter drops it. */
    private void assertProposedAndDropped(String sentence, String phrase) {
        List<Mention> proposed = candidates(sentence);
        assertTrue(proposed.stream().anyMatch(m -> m.surface().equals(phrase)), "precondition: " + phrase + " proposed in " + describe(proposed));
        List<Mention> kept = filter.filter(proposed);
        assertTrue(kept.stream().noneMatch(m -> m.surface().equals(phrase)), describe(kept));
    }

    @Test
    void sentencesAreCopiedFromTheCorpus() {
        String all = Corpus.read(Corpus.R000) + Corpus.read(Corpus.R001);
        for (String s : List.of(PARTY_AND_GOVERNMENT, ONE_ZONE, BRANCHES, REPORT_SENT_UP, OFFICIALS)) assertTrue(all.contains(s), s);
    }

    @Test
    void twoBodiesNamedTogetherAreDropped() {
        assertProposedAndDropped(PARTY_AND_GOVERNMENT, "市委市政府");
    }

    @Test
    void aSloganAboutParksIsDropped() {
        assertProposedAndDropped(ONE_ZONE, "一区多园");
    }

    @Test
    void partyBranchesAreDropped() {
        assertProposedAndDropped(BRANCHES, "党支部");
    }

    @Test
    void aVerbBeforeABodyDropsTheSpan() {
        // the suffix recogniser no longer proposes it (报 stops the walk); the filter still drops it if anything does
        int at = offsetOf(REPORT_SENT_UP, "报告报市政府");
        assertFalse(filter.keep(new Mention(at, at + 6, "报告报市政府", EntityType.GOVERNMENT_BODY, 0.7, "test")));
    }

    @Test
    void spansAcrossPunctuationAreDropped() {
        String approved = "工作进展:1.《2020中关村论坛总体方案》已经市委、市政府审批同意,";
        assertTrue(Corpus.read(Corpus.R000).contains(approved));
        int c = offsetOf(approved, "市委、市政府");
        assertFalse(filter.keep(new Mention(c, c + 6, "市委、市政府", EntityType.GOVERNMENT_BODY, 0.9, "test")));
        int p = offsetOf(approved, "市政府");
        assertTrue(filter.keep(new Mention(p, p + 3, "市政府", EntityType.GOVERNMENT_BODY, 0.9, "test")));
    }

    @Test
    void realNamesAreKept() {
        List<Mention> proposed = candidates(OFFICIALS);
        for (String name : List.of("市委社会工委", "中关村管委会", "宋贵伦", "翟立新", "温庆云")) {
            assertTrue(proposed.stream().anyMatch(m -> m.text().equals(name)), "precondition: " + name + " in " + describe(proposed));
        }
        assertEquals(proposed, filter.filter(proposed));
        assertEquals(EntityType.PERSON, only(filter.filter(proposed), "宋贵伦").type());
    }

    @Test
    void theIssuerCodeOfADocumentNumberIsNoName() {
        assertTrue(Corpus.read(Corpus.R000).contains(DOCUMENT_NUMBER));
        int at = offsetOf(DOCUMENT_NUMBER, "中科园发");
        Mention code = new Mention(at, at + 3, "中科园", EntityType.PARK, 0.5, "test");
        assertTrue(filter.filter(List.of(code), DOCUMENT_NUMBER).isEmpty());
        int title = offsetOf(DOCUMENT_NUMBER, "中关村科技园区管理委员会");
        Mention body = new Mention(title, title + 12, "中关村科技园区管理委员会", EntityType.GOVERNMENT_BODY, 0.9, "test");
        assertEquals(List.of(body), filter.filter(List.of(body), DOCUMENT_NUMBER));
    }

    @Test
    void noNameSpansALineBreakOrAsksForOpinions() {
        assertFalse(filter.keep(new Mention(0, 7, "民生\n民心工程", EntityType.PROJECT, 0.7, "test")));
        assertFalse(filter.keep(new Mention(0, 8, "政策文本征求意见", EntityType.POLICY, 0.7, "test")));
        assertTrue(filter.keep(new Mention(0, 8, "民心工程", EntityType.PROJECT, 0.7, "test")));
    }
}

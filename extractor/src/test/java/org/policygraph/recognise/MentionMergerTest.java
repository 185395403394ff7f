package org.policygraph.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policygraph.recognise.RealSegmentation.offsetOf;
import static org.policygraph.recognise.RealSegmentation.only;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policygraph.Corpus;
import org.policygraph.clean.ReportTextCleaner;
import org.policygraph.recognise.rules.BookTitleRecogniser;
import org.policygraph.recognise.rules.CueObjectRecogniser;
import org.policygraph.recognise.rules.HeadWords;
import org.policygraph.recognise.rules.QuotedNameRecogniser;
import org.policygraph.recognise.rules.SuffixNameRecogniser;
import org.policygraph.recognise.rules.TaggedNameRecogniser;

/** The merger's choice among overlapping candidates: the longest wins, then the more confident; text order, no overlaps. */
class MentionMergerTest {
    private final MentionMerger merger = new MentionMerger();

    /** 000, 第83项. */
    private static final String FORUM_PLAN = "工作进展:1.《2020中关村论坛总体方案》已经市委、市政府审批同意,拟设置开幕大会、平行论坛、"
            + "重大成果发布、技术交易、展览展示和配套活动等,采取线上与线下相结合的举办方式";

    private static Mention at(String text, String part, EntityType type, double confidence, String recogniser) {
        int s = offsetOf(text, part);
        return new Mention(s, s + part.length(), part, type, confidence, recogniser);
    }

    @Test
    void sentenceIsCopiedFromTheCorpus() {
        assertTrue(Corpus.read(Corpus.R000).contains(FORUM_PLAN));
    }

    @Test
    void theLongestNameWinsOverANameInsideIt() {
        Mention plan = at(FORUM_PLAN, "2020中关村论坛总体方案", EntityType.POLICY, 0.5, "a");
        Mention forum = at(FORUM_PLAN, "2020中关村论坛", EntityType.EVENT, 0.95, "b");
        for (List<Mention> input : List.of(List.of(plan, forum), List.of(forum, plan))) {
            assertEquals(List.of(plan), merger.merge(input), "longer beats more confident");
        }
    }

    @Test
    void aLongerCandidateOverlappingTwoShorterOnesDisplacesBoth() {
        // 市委、市政府 as one (wrong) span against its two halves: the longest still wins, as documented
        Mention pair = at(FORUM_PLAN, "市委、市政府", EntityType.GOVERNMENT_BODY, 0.5, "a");
        Mention left = at(FORUM_PLAN, "市委", EntityType.GOVERNMENT_BODY, 0.95, "b");
        Mention right = at(FORUM_PLAN, "市政府", EntityType.GOVERNMENT_BODY, 0.95, "b");
        assertEquals(List.of(pair), merger.merge(List.of(left, right, pair)));
    }

    @Test
    void equalSpansGoToTheMoreConfidentRecogniser() {
        Mention title = at(FORUM_PLAN, "2020中关村论坛总体方案", EntityType.POLICY, 0.9, "title");
        Mention other = at(FORUM_PLAN, "2020中关村论坛总体方案", EntityType.PROJECT, 0.6, "other");
        assertEquals(List.of(title), merger.merge(List.of(other, title)));
        assertEquals(List.of(title), merger.merge(List.of(title, other)));
    }

    @Test
    void partlyOverlappingCandidatesKeepTheLongerAndEverythingApart() {
        Mention a = at(FORUM_PLAN, "开幕大会", EntityType.EVENT, 0.9, "a");
        Mention b = at(FORUM_PLAN, "大会、平行论坛", EntityType.EVENT, 0.5, "b");
        Mention c = at(FORUM_PLAN, "平行论坛", EntityType.EVENT, 0.9, "c");
        Mention far = at(FORUM_PLAN, "市政府", EntityType.GOVERNMENT_BODY, 0.1, "d");
        List<Mention> merged = merger.merge(List.of(c, far, a, b));
        assertEquals(List.of(far, b), merged, "text order; a and c overlap the longer b");
    }

    @Test
    void nothingInNothingOut() {
        assertTrue(merger.merge(List.of()).isEmpty());
    }

    @Test
    void realCandidatesForATitleResolveToTheTitle() {
        AnalysedText text = RealSegmentation.analyse(FORUM_PLAN);
        List<Mention> candidates = new ArrayList<>(new BookTitleRecogniser().recognise(text));
        candidates.addAll(new SuffixNameRecogniser(HeadWords.forRunningText()).recognise(text));
        // both recognise the title, and the suffix grammar also finds the forum inside it
        assertEquals(2, candidates.stream().filter(m -> m.text().equals("2020中关村论坛总体方案")).count(), RealSegmentation.describe(candidates));
        only(candidates, "2020中关村论坛");

        List<Mention> merged = merger.merge(candidates);
        Mention plan = only(merged, "2020中关村论坛总体方案");
        assertEquals("title", plan.recogniser(), "the title recogniser is the more confident one");
        RealSegmentation.assertNoMention(merged, "2020中关村论坛");
    }

    @Test
    void onACorpusReportEveryDroppedCandidateLostToALongerOrSurerOne() {
        String report = new ReportTextCleaner().clean(Corpus.read(Corpus.R001)).text();
        AnalysedText text = RealSegmentation.analyse(report);
        List<Mention> candidates = new ArrayList<>();
        for (Recogniser r : List.of(new BookTitleRecogniser(), new QuotedNameRecogniser(),
                new SuffixNameRecogniser(HeadWords.forRunningText()), new CueObjectRecogniser(), new TaggedNameRecogniser())) {
            candidates.addAll(r.recognise(text));
        }
        List<Mention> merged = merger.merge(candidates);
        assertTrue(merged.size() > 50 && merged.size() < candidates.size(), "a real report has overlapping candidates");

        for (int i = 1; i < merged.size(); i++) {
            Mention prev = merged.get(i - 1), m = merged.get(i);
            assertTrue(prev.end() <= m.start(), "overlap or disorder: " + prev + " / " + m);
        }
        for (Mention m : merged) assertTrue(candidates.contains(m), "the merger invents nothing: " + m);
        for (Mention c : candidates) {
            if (merged.contains(c)) continue;
            boolean beaten = merged.stream().anyMatch(k -> k.overlaps(c)
                    && (k.length() > c.length() || k.length() == c.length() && k.confidence() >= c.confidence()));
            assertTrue(beaten, "dropped without a better overlapping mention: " + c);
        }
    }
}

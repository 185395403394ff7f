package org.policygraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.TrainingReports;
import org.policygraph.clean.ReportTextCleaner;
import org.policygraph.read.SourceDocument;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.Mention;
import org.policygraph.recognise.MentionRefiner;
import org.policygraph.recognise.RealSegmentation;
import org.policygraph.recognise.Segmenter;
import org.policygraph.recognise.TextAnalyser;
import org.policygraph.recognise.Token;
import org.policygraph.recognise.gazetteer.Gazetteer;
import org.policygraph.recognise.rules.AddressRefiner;
import org.policygraph.recognise.rules.CoordinatedListRefiner;
import org.policygraph.recognise.rules.HeadedListItemRefiner;
import org.policygraph.recognise.rules.PlaceQualifierRefiner;
import org.policygraph.relate.TaskLinker;
import org.policygraph.relate.figure.FigureRecogniser;
import org.policygraph.relate.role.TaskRoleRecogniser;
import org.policygraph.resolve.ReportEntityResolver;
import org.policygraph.resolve.ResolvedMention;
import org.policygraph.structure.HeadingStructureParser;
import org.policygraph.structure.ReportStructure;

/**
 * Every stage's work grows in step with the report, counted, not timed: the characters the
 * segmenters are handed and the longest piece, how often the stages that read the mention list
 * visit a mention, and the bytes a whole extraction allocates. A report four times as long
 * (the same text four times) must cost about four times as much; a stage that passes over every
 * mention for every candidate would cost sixteen times.
 */
class StageWorkTest {
    private static final int TIMES = 4;
    /** Allowed work per unit of text for the long report, relative to the short one. */
    private static final double SLACK = 1.5;

    private static String shortText;
    private static String longText;

    @BeforeAll
    static void texts() {
        List<java.nio.file.Path> reports = TrainingReports.all();
        String base = new ReportTextCleaner().clean(TrainingReports.read(reports.get(0))).text();
        shortText = base;
        longText = String.join("\n", java.util.Collections.nCopies(TIMES, base));
    }

    @Test
    void segmentersSeeEveryCharacterOnceInBoundedPieces() {
        Counting fine = new Counting(RealSegmentation.FINE), named = new Counting(RealSegmentation.NAMED);
        String oneLine = longText.replace("\n", "").replace("。", "").substring(0, 30_000);
        String text = longText + "\n" + oneLine;
        new TextAnalyser(fine, named).analyse(text);
        long characters = text.chars().filter(c -> c != '\n').count();
        for (Counting c : List.of(fine, named)) {
            assertEquals(characters, c.characters, "each character is segmented once by each segmenter");
            assertTrue(c.longest <= 4000, "a piece of " + c.longest + " characters");
        }
    }

    @Test
    void stagesThatReadTheMentionsVisitEachAFewTimes() {
        Gazetteer gazetteer = Gazetteer.bundled();
        List<MentionRefiner> refiners = List.of(new CoordinatedListRefiner(), new AddressRefiner(), new HeadedListItemRefiner(), new PlaceQualifierRefiner());
        ReportEntityResolver resolver = new ReportEntityResolver(gazetteer);
        Extractor extractor = Extractor.standard(ExtractorSettings.defaults());
        Visits small = visits(shortText, extractor, refiners, resolver);
        Visits large = visits(longText, extractor, refiners, resolver);
        for (int i = 0; i < small.counts.size(); i++) {
            assertLinear(small.names.get(i), small.counts.get(i), large.counts.get(i));
        }
    }

    @Test
    void aWholeExtractionAllocatesInStepWithTheReport() {
        Extractor extractor = Extractor.standard(ExtractorSettings.defaults());
        allocated(shortText, extractor); // warm up: the first run also loads classes
        long small = allocated(shortText, extractor);
        long large = allocated(longText, extractor);
        assertLinear("bytes allocated by extraction", small, large);
    }

    private static void assertLinear(String what, long small, long large) {
        assertTrue(small > 0, what + ": no work counted");
        double ratio = (double) large / small;
        assertTrue(ratio <= TIMES * SLACK, what + ": " + small + " for the report, " + large + " for it " + TIMES
                + " times over (×" + String.format("%.1f", ratio) + ")");
    }

    private static long allocated(String text, Extractor extractor) {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        extractor.extract(new SourceDocument("work.txt", text, "text/plain", "0"));
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    private record Visits(List<String> names, List<Long> counts) {}

    private static Visits visits(String text, Extractor extractor, List<MentionRefiner> refiners, ReportEntityResolver resolver) {
        ExtractedReport r = extractor.extract(new SourceDocument("work.txt", text, "text/plain", "0"));
        AnalysedText at = RealSegmentation.analyse(r.content());
        ReportStructure structure = new HeadingStructureParser().parse(r.content());
        List<Mention> mentions = r.mentions().stream().map(ResolvedMention::mention).toList();
        List<String> names = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (MentionRefiner refiner : refiners) {
            names.add(refiner.getClass().getSimpleName());
            counts.add(count(mentions, list -> refiner.refine(at, list)));
        }
        names.add("resolver");
        counts.add(count(mentions, list -> resolver.resolve(r.content(), list)));
        names.add("task links");
        counts.add(count(r.mentions(), list -> new TaskLinker().link(structure, list)));
        names.add("roles");
        counts.add(count(r.mentions(), list -> new TaskRoleRecogniser().recognise(at, structure, list)));
        names.add("figures (tokens)");
        counts.add(countTokens(at, a -> new FigureRecogniser().recognise(a, structure, OptionalInt.of(2026))));
        return new Visits(names, counts);
    }

    private static <T> long count(List<T> items, Function<List<T>, ?> stage) {
        CountingList<T> list = new CountingList<>(items);
        stage.apply(list);
        return list.visits + 1;
    }

    private static long countTokens(AnalysedText at, Function<AnalysedText, ?> stage) {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        stage.apply(at);
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    /** A list that counts how often its elements are read. */
    private static final class CountingList<T> extends AbstractList<T> {
        private final List<T> items;
        long visits;

        CountingList(List<T> items) {
            this.items = items;
        }

        @Override
        public T get(int index) {
            visits++;
            return items.get(index);
        }

        @Override
        public int size() {
            return items.size();
        }
    }

    /** A segmenter that counts what it is handed. */
    private static final class Counting implements Segmenter {
        private final Segmenter inner;
        long characters;
        int longest;

        Counting(Segmenter inner) {
            this.inner = inner;
        }

        @Override
        public List<Token> segment(String text) {
            characters += text.length();
            longest = Math.max(longest, text.length());
            return inner.segment(text);
        }
    }
}

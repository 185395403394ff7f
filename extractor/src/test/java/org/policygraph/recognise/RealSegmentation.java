package org.policygraph.recognise;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;
import org.policygraph.recognise.hanlp.HanLpSegmenter;

/**
 * HanLP as the pipeline runs it, without the gazetteer words: the fine segmenter and the one with
 * name recognition. Building them takes about a second, so they are built once per test JVM and
 * shared by the recogniser tests; they hold no state between calls.
 */
public final class RealSegmentation {
    /** Fine-grained words, name recognition off. */
    public static final HanLpSegmenter FINE = new HanLpSegmenter(List.of(), false);
    /** Words joined into names by HanLP's recognisers. */
    public static final HanLpSegmenter NAMED = new HanLpSegmenter(List.of(), true);
    public static final TextAnalyser ANALYSER = new TextAnalyser(FINE, NAMED);

    private RealSegmentation() {}

    public static AnalysedText analyse(String text) {
        return ANALYSER.analyse(text);
    }

    /** The one mention with this exact text; fails, listing what was found, when there is none or several. */
    public static Mention only(List<Mention> mentions, String text) {
        List<Mention> hits = mentions.stream().filter(m -> m.text().equals(text)).toList();
        if (hits.size() != 1) fail("want exactly one mention '" + text + "', got " + hits.size() + " in " + describe(mentions));
        return hits.get(0);
    }

    /** Fails when some mention has exactly this text. */
    public static void assertNoMention(List<Mention> mentions, String text) {
        assertTrue(mentions.stream().noneMatch(m -> m.text().equals(text)),
                () -> "no mention '" + text + "' wanted, got " + describe(mentions));
    }

    /** Where a part of a sentence starts; fails when the part is not there, so tests cannot drift silently. */
    public static int offsetOf(String sentence, String part) {
        int i = sentence.indexOf(part);
        if (i < 0) fail("'" + part + "' is not in the sentence: " + sentence);
        return i;
    }

    /** A mention of {@code name} where it first stands in the sentence, as a recogniser would have found it. */
    public static Mention mentionOf(String sentence, String name, EntityType type, String recogniser) {
        int s = offsetOf(sentence, name);
        return new Mention(s, s + name.length(), name, type, 0.9, recogniser);
    }

    public static String describe(List<Mention> mentions) {
        return mentions.stream().map(m -> m.text() + "/" + m.type().localName() + "@" + m.start() + "(" + m.recogniser() + ")")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    public static String describeTokens(List<Token> tokens) {
        return tokens.stream().map(t -> t.word() + "/" + t.pos()).collect(Collectors.joining(" "));
    }
}

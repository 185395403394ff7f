package org.policygraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policygraph.Corpus;
import org.policygraph.clean.ReportTextCleaner;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.Mention;
import org.policygraph.structure.Sentence;
import org.policygraph.structure.SentenceSplitter;

/** {@code 以下简称} definitions in real report sentences bind the short form to the full name just before the bracket. */
class AbbreviationDefinitionsTest {
    private final AbbreviationDefinitions definitions = new AbbreviationDefinitions();

    /** The sentence of the cleaned report that holds the marker. */
    private static String sentenceWith(String report, String marker) {
        String text = new ReportTextCleaner().clean(Corpus.read(report)).text();
        for (Sentence s : new SentenceSplitter().split(text)) {
            String body = text.substring(s.start(), s.end());
            if (body.contains(marker)) return body;
        }
        throw new AssertionError(report + " has no sentence with " + marker);
    }

    /** A mention of the text from {@code from} to just after {@code to}, as a recogniser would give it. */
    private static Mention mention(String text, String from, String to, EntityType type) {
        int s = text.indexOf(from);
        int e = text.indexOf(to, s) + to.length();
        assertTrue(s >= 0 && e > s, from + "…" + to + " not in: " + text);
        return new Mention(s, e, text.substring(s, e), type, 0.9, "test");
    }

    @Test
    void reviewOpinionOf003() {
        String sentence = sentenceWith(Corpus.R003, "以下简称《审议意见》");
        assertTrue(sentence.startsWith("按照《市十五届人大常委会第七次会议"), sentence);
        Mention title = mention(sentence, "《市十五届", "审议意见》", EntityType.POLICY);
        assertEquals("《市十五届人大常委会第七次会议对“关于‘三城一区’建设发展情况的报告”的审议意见》", title.text());
        Map<String, Mention> found = definitions.find(sentence, List.of(title));
        assertEquals(List.of("审议意见"), List.copyOf(found.keySet()));
        assertSame(title, found.get("审议意见"));
    }

    @Test
    void titleMentionWithoutItsBookMarksStillBinds() {
        String sentence = sentenceWith(Corpus.R003, "以下简称《审议意见》");
        Mention bare = mention(sentence, "市十五届", "的审议意见", EntityType.POLICY);
        assertEquals('》', sentence.charAt(bare.end()));
        assertSame(bare, definitions.find(sentence, List.of(bare)).get("审议意见"));
    }

    @Test
    void twoDefinitionsInOneSentenceOf001() {
        String sentence = sentenceWith(Corpus.R001, "以下简称“34号文”");
        Mention opinion70 = mention(sentence, "《国务院关于国家重大科研", "开放的意见》", EntityType.POLICY);
        Mention opinion34 = mention(sentence, "《关于加强首都科技条件平台", "开放的实施意见》", EntityType.POLICY);
        Mention other = mention(sentence, "中关村开放实验室", "中关村开放实验室", EntityType.PARK);
        Map<String, Mention> found = definitions.find(sentence, List.of(other, opinion70, opinion34));
        assertEquals(List.of("70号文", "34号文"), List.copyOf(found.keySet()));
        assertSame(opinion70, found.get("70号文"));
        assertSame(opinion34, found.get("34号文"));
    }

    @Test
    void noMentionBeforeTheBracketMeansNoDefinition() {
        String sentence = sentenceWith(Corpus.R003, "以下简称《审议意见》");
        Mention elsewhere = mention(sentence, "市政府", "市政府", EntityType.GOVERNMENT_BODY);
        assertTrue(definitions.find(sentence, List.of(elsewhere)).isEmpty());
        assertTrue(definitions.find(sentence, List.of()).isEmpty());
    }

    @Test
    void shortFormInQuotesAfterAnOrganisation() {
        String text = "中关村科技园区管理委员会(以下简称“中关村管委会”)会同海淀区政府开展工作。";
        Mention full = mention(text, "中关村科技园区管理委员会", "中关村科技园区管理委员会", EntityType.GOVERNMENT_BODY);
        assertSame(full, definitions.find(text, List.of(full)).get("中关村管委会"));
    }
}

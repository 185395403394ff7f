package org.policygraph.recognise.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policygraph.recognise.RealSegmentation.describe;
import static org.policygraph.recognise.RealSegmentation.offsetOf;
import static org.policygraph.recognise.RealSegmentation.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policygraph.Corpus;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.Mention;
import org.policygraph.recognise.RealSegmentation;

/** Quoted names typed by their head word, and quoted slogans left alone, on sentences of the sample reports. */
class QuotedNameRecogniserTest {
    private final QuotedNameRecogniser recogniser = new QuotedNameRecogniser();

    /** 000, 第83项. */
    private static final String CLOUD_FORUM = "采取线上与线下相结合的举办方式,通过线上平台进行全程会议直播,打造“云上中关村论坛”。";
    /** 003, 第三. */
    private static final String DELEGATE = "深化“放管服”改革,制订出台新时代深化科技体制改革若干政策措施,推动简政放权向纵深发展。";
    /** 000, 第243项 and 第238项: slogans. */
    private static final String NO_MEETING_WEEKS = "坚持“无会周”“无会日”等做法,规范各级各类督查考核,切实为基层减负。";
    private static final String CONSCIOUSNESS = "牢记“看北京首先要从政治上看”的要求,始终在增强“四个意识”、坚定“四个自信”、做到“两个维护”上作表率,"
            + "不折不扣落实党中央决策部署。";
    /** 001, (十五), (十) and (二十五): a programme, a meeting and a laboratory in quotes. */
    private static final String LISTING_PROGRAMME = "实施“中关村创新100上市培育工程”。";
    private static final String CAS_MEETING = "召开“中科院—中关村科技成果转化推进会”,推动中科院科技成果转化。";
    private static final String LAB = "三是支持研究院支撑北京大学牵头建设国家发改委“大数据分析和应用技术国家工程实验室”,支持组建实验室管理团队";
    /** 001, (二十三): a one-character quote inside a title. */
    private static final String VILLAGE = "已发表长篇报道2篇《从一个“村”看一个国家的未来--写在中关村改革发展40年之际》";

    private List<Mention> find(String sentence) {
        return recogniser.recognise(RealSegmentation.analyse(sentence));
    }

    @Test
    void sentencesAreCopiedFromTheCorpus() {
        String all = Corpus.read(Corpus.R000) + Corpus.read(Corpus.R001) + Corpus.read(Corpus.R003);
        for (String s : List.of(CLOUD_FORUM, DELEGATE, NO_MEETING_WEEKS, CONSCIOUSNESS, LISTING_PROGRAMME, CAS_MEETING, LAB, VILLAGE)) {
            assertTrue(all.contains(s), s);
        }
    }

    @Test
    void aQuotedForumIsAnEventWithoutItsQuotes() {
        List<Mention> found = find(CLOUD_FORUM);
        assertEquals(1, found.size(), describe(found));
        Mention m = found.get(0);
        assertEquals("云上中关村论坛", m.text());
        assertEquals(EntityType.EVENT, m.type());
        assertEquals(offsetOf(CLOUD_FORUM, "“") + 1, m.start());
        assertEquals(offsetOf(CLOUD_FORUM, "”"), m.end());
        assertEquals("quote", m.recogniser());
    }

    @Test
    void headWordsGiveTheType() {
        assertEquals(EntityType.PROJECT, only(find(LISTING_PROGRAMME), "中关村创新100上市培育工程").type());
        assertEquals(EntityType.EVENT, only(find(CAS_MEETING), "中科院—中关村科技成果转化推进会").type());
        assertEquals(EntityType.RESEARCH_INSTITUTION, only(find(LAB), "大数据分析和应用技术国家工程实验室").type());
    }

    @Test
    void slogansAreNoNames() {
        for (String s : List.of(DELEGATE, NO_MEETING_WEEKS, CONSCIOUSNESS, VILLAGE)) {
            List<Mention> found = find(s);
            assertTrue(found.isEmpty(), s + " -> " + describe(found));
        }
    }
}

package org.policygraph.recognise.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policygraph.recognise.RealSegmentation.describe;
import static org.policygraph.recognise.RealSegmentation.offsetOf;
import static org.policygraph.recognise.RealSegmentation.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policygraph.Corpus;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.Mention;
import org.policygraph.recognise.RealSegmentation;

/** Gazetteer lookup in real sentences with a small gazetteer made here, so that the bundled data cannot change the outcome. */
class GazetteerRecogniserTest {
    private static final GazetteerEntry BEIJING = new GazetteerEntry(EntityType.PLACE, "北京市", List.of("北京"));
    private static final GazetteerEntry PKU = new GazetteerEntry(EntityType.RESEARCH_INSTITUTION, "北京大学", List.of());
    private static final GazetteerEntry MOE = new GazetteerEntry(EntityType.GOVERNMENT_BODY, "教育部", List.of());
    private static final GazetteerEntry MOE_SCIENCE = new GazetteerEntry(EntityType.GOVERNMENT_BODY, "教育部科学技术司", List.of("教育部科技司"));

    /** 001, (十四): two forms start at 教育部. */
    private static final String MOE_MEETING = "二是召开促进高校科技成果转化提升分园创新发展能力会议,会同教育部科学技术司正式发布"
            + "《促进在京高校科技成果转化实施方案》";
    /** 001, (十): the short form of the same department. */
    private static final String MOE_SHORT = "一是联合教育部科技司出台《促进在京高校科技成果转化实施方案》";
    /** 001, (二十五): 北京大学 is one token. */
    private static final String PKU_LEADS = "三是支持研究院支撑北京大学牵头建设国家发改委“大数据分析和应用技术国家工程实验室”,支持组建实验室管理团队";
    /** 003, (十): 北京 standing alone as a word. */
    private static final String SCIENCE_WEEK = "2019年全国科技活动周暨北京科技周活动主场成功举行,8天共吸引";
    /**
     * 003 reads "对高校、院所、企业、市区部门等单位进行调研访谈"; the corpus has no 教育部门, so this copy
     * names that kind of department instead of 市区部门.
     */
    private static final String EDUCATION_DEPARTMENTS = "“三城一区”分别组织对高校、院所、企业、教育部门等单位进行调研访谈,";

    private static List<Mention> find(String sentence, GazetteerEntry... entries) {
        AnalysedText at = RealSegmentation.analyse(sentence);
        return new GazetteerRecogniser(new Gazetteer(List.of(entries))).recognise(at);
    }

    @Test
    void sentencesAreCopiedFromTheCorpus() {
        String r001 = Corpus.read(Corpus.R001), r003 = Corpus.read(Corpus.R003);
        assertTrue(r001.contains(MOE_MEETING));
        assertTrue(r001.contains(MOE_SHORT));
        assertTrue(r001.contains(PKU_LEADS));
        assertTrue(r003.contains(SCIENCE_WEEK));
        assertTrue(r003.contains(EDUCATION_DEPARTMENTS.replace("教育部门", "市区部门")));
    }

    @Test
    void theLongestFormAtAPositionWins() {
        List<Mention> found = find(MOE_MEETING, MOE, MOE_SCIENCE);
        assertEquals(1, found.size(), describe(found));
        Mention m = found.get(0);
        assertEquals("教育部科学技术司", m.text());
        assertEquals(EntityType.GOVERNMENT_BODY, m.type());
        assertEquals(offsetOf(MOE_MEETING, "教育部科学技术司"), m.start());
        assertEquals(m.start() + m.text().length(), m.end());
        assertEquals("gazetteer", m.recogniser());

        // an alias is a form like any other
        List<Mention> shortForm = find(MOE_SHORT, MOE, MOE_SCIENCE);
        assertEquals(List.of("教育部科技司"), shortForm.stream().map(Mention::text).toList());
    }

    @Test
    void aLongerFormIsFoundEvenWhereSegmentationSplitsIt() {
        // HanLP cuts 教育部/科学技术/司; forms of three or more characters need no word boundaries
        assertTrue(RealSegmentation.analyse(MOE_MEETING).tokens().stream().noneMatch(t -> t.word().equals("教育部科学技术司")));
        only(find(MOE_MEETING, MOE_SCIENCE), "教育部科学技术司");
        // and the shorter form alone is found at the same place
        Mention moe = only(find(MOE_MEETING, MOE), "教育部");
        assertEquals(offsetOf(MOE_MEETING, "教育部"), moe.start());
    }

    @Test
    void aTwoCharacterFormInsideALongerWordIsNotTaken() {
        AnalysedText at = RealSegmentation.analyse(PKU_LEADS);
        assertTrue(at.tokens().stream().anyMatch(t -> t.word().equals("北京大学")), "segmentation keeps 北京大学 whole");
        List<Mention> withoutPku = find(PKU_LEADS, BEIJING);
        assertTrue(withoutPku.isEmpty(), "北京 inside 北京大学 is not the city: " + describe(withoutPku));

        List<Mention> withPku = find(PKU_LEADS, BEIJING, PKU);
        Mention pku = only(withPku, "北京大学");
        assertEquals(EntityType.RESEARCH_INSTITUTION, pku.type());
        assertEquals(1, withPku.size(), describe(withPku));
    }

    @Test
    void aTwoCharacterFormOnWordBoundariesIsTaken() {
        AnalysedText at = RealSegmentation.analyse(SCIENCE_WEEK);
        assertTrue(at.tokens().stream().anyMatch(t -> t.word().equals("北京")), "北京 is a word of its own here");
        Mention beijing = only(find(SCIENCE_WEEK, BEIJING), "北京");
        assertEquals(EntityType.PLACE, beijing.type());
        assertEquals(offsetOf(SCIENCE_WEEK, "北京"), beijing.start());
    }

    @Test
    void aDepartmentOfEducationIsNotTheMinistry() {
        List<Mention> found = find(EDUCATION_DEPARTMENTS, MOE, MOE_SCIENCE);
        assertTrue(found.isEmpty(), "教育部门 is a kind of department, not 教育部: " + describe(found));
    }

    @Test
    void everyOccurrenceIsFound() {
        String twice = MOE_SHORT + "。" + MOE_MEETING;
        List<Mention> found = find(twice, MOE, MOE_SCIENCE);
        assertEquals(List.of("教育部科技司", "教育部科学技术司"), found.stream().map(Mention::text).toList());
        for (Mention m : found) assertEquals(m.text(), twice.substring(m.start(), m.end()));
    }
}

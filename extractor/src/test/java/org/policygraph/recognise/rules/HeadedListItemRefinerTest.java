package org.policygraph.recognise.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.policygraph.recognise.RealSegmentation.describe;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.Mention;
import org.policygraph.recognise.MentionMerger;
import org.policygraph.recognise.RealSegmentation;

/**
 * Lists whose members each end in a head word become whole names; run, as in the pipeline, on the
 * merged mentions of a first pass (here the suffix grammar's).
 */
class HeadedListItemRefinerTest {
    private final HeadedListItemRefiner refiner = new HeadedListItemRefiner();
    private final SuffixNameRecogniser suffix = new SuffixNameRecogniser(HeadWords.forRunningText());
    private final MentionMerger merger = new MentionMerger();

    /** 001, (十八): projects and parks, with verbs and place names inside the names. */
    private static final String PROJECTS = "建立科研用地项目联审工作机制,对顺义航天产业园空间飞行器姿轨控系统及核心产品产业化项目、"
            + "顺义北京移动互联与文化传媒产业基地、大兴航天精密光机电与先进信息产业园区、大兴岩土工程技术设备研制基地项目、"
            + "北京奔驰纯电动乘用车技术改造项目、亦庄京东方先进技术实验室二期等项目进行联审。";
    /** 001, (十七): the list's last member runs on into the clause. */
    private static final String RUNS_ON = "围绕特色园和创新社区建设与亦庄园、东城园、顺义园和首钢高端产业综合服务区开展对接活动。";
    /** 003, (九): counted kinds, not names. */
    private static final String COUNTS = "全市已创建1家国家技术创新中心、3家国家级制造业创新中心、1家国家产业创新中心、14家市级技术创新中心。";

    private Set<String> members(String sentence) {
        AnalysedText at = RealSegmentation.analyse(sentence);
        List<Mention> merged = merger.merge(suffix.recognise(at));
        return refiner.refine(at, merged).stream().map(m -> m.text() + "/" + m.type().localName()).collect(Collectors.toSet());
    }

    @Test
    void everyMemberIsTheWholeMember() {
        Set<String> found = members(PROJECTS);
        Set<String> expected = Set.of(
                "顺义航天产业园空间飞行器姿轨控系统及核心产品产业化项目/Project",
                "顺义北京移动互联与文化传媒产业基地/Park",
                "大兴航天精密光机电与先进信息产业园区/Park",
                "大兴岩土工程技术设备研制基地项目/Project",
                "北京奔驰纯电动乘用车技术改造项目/Project");
        assertEquals(expected, found.stream().filter(expected::contains).collect(Collectors.toSet()), found.toString());
    }

    @Test
    void theClauseBeforeTheListIsNotPartOfTheFirstMember() {
        Set<String> found = members(PROJECTS);
        assertEquals(Set.of(), found.stream().filter(f -> f.startsWith("对") || f.contains("联审")).collect(Collectors.toSet()), found.toString());
    }

    @Test
    void aMemberThatRunsOnIntoTheClauseIsNoName() {
        Set<String> found = members(RUNS_ON);
        assertEquals(Set.of(), found.stream().filter(f -> f.contains("开展") || f.contains("建设")).collect(Collectors.toSet()), found.toString());
    }

    @Test
    void countedKindsAreNoNames() {
        AnalysedText at = RealSegmentation.analyse(COUNTS);
        List<Mention> out = refiner.refine(at, List.of());
        assertEquals(List.of(), out, describe(out));
    }
}

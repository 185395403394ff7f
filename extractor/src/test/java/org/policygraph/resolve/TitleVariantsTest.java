package org.policygraph.resolve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policygraph.Corpus;
import org.policygraph.recognise.gazetteer.Gazetteer;

/** Titles that report 001 and 003 cite in two wordings, and distinct documents that look alike. */
class TitleVariantsTest {
    private static final TitleVariants TITLES = new TitleVariants(Gazetteer.bundled()::withCanonicalNames);

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            // 001: with 关于 and a slip of the pen (专化), then without 关于 and spelled right
            "关于促进中科院科技成果在京转移专化的若干措施, 促进中科院科技成果在京转移转化的若干措施",
            // 001: the park's short name and words moved, then its full name with 关于
            "中关村示范区促进现代园艺产业创新发展的若干措施, 关于促进中关村国家自主创新示范区现代园艺产业创新发展的若干措施"
    })
    void oneDocumentInTwoWordings(String a, String b) {
        String r001 = Corpus.read(Corpus.R001);
        assertTrue(r001.contains(a) && r001.contains(b), "both wordings are in report 001");
        assertTrue(TITLES.sameDocument(a, b));
        assertTrue(TITLES.sameDocument(b, a));
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource({
            "中关村科学城规划, 怀柔科学城规划",                                   // 003: plans of two parks
            "中关村管委会2020年党建工作要点, 中关村管委会2020年全面从严治党工作要点", // 000: two work plans of one body
            "中关村管委会2020年审计工作计划, 中关村管委会2020年普法依法治理工作计划", // 000
            "中关村科学城2020年工作方案, 中关村科学城2019年工作方案",             // another year
            "关于培育发展中关村标准的工作方案, 关于培育发展中关村标准的工作要点"    // another kind of document
    })
    void distinctDocuments(String a, String b) {
        assertFalse(TITLES.sameDocument(a, b));
    }
}

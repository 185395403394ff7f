package org.policygraph.recognise.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.util.List;
import org.junit.jupiter.api.Test;
import org.policygraph.TrainingReports;

/** China's divisions are found in a real sentence by full and short name, with their level. */
class DivisionsTest {
    private static String sentence(String report, String marker) {
        String text = TrainingReports.read(TrainingReports.folder().resolve(report));
        int at = text.indexOf(marker);
        assertTrue(at >= 0, marker + " not in " + report);
        return text.substring(Math.max(0, at - 10), Math.min(text.length(), at + 20));
    }

    @Test
    void countiesByTheirFullNames() {
        String s = sentence("gov2026_qinghai.txt", "同德县、达日县");
        List<Divisions.Match> found = Divisions.in(s);
        for (String county : List.of("同德县", "达日县")) {
            int at = s.indexOf(county);
            assertTrue(found.contains(new Divisions.Match(at, at + 3, "county", false)), county + " in " + found);
        }
    }

    @Test
    void shortNamesAreMarkedShortWithTheHighestLevelThatHasThem() {
        List<Divisions.Match> found = Divisions.in("同德和吉林");
        assertEquals(List.of(new Divisions.Match(0, 2, "county", true), new Divisions.Match(3, 5, "province", true)), found);
    }
}

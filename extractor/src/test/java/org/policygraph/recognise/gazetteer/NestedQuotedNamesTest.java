package org.policygraph.recognise.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policygraph.Corpus;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.Mention;

/** Plans for events in report 000: a quoted title mentions its event, an unquoted plan gives way to it. */
class NestedQuotedNamesTest {
    private static final NestedQuotedNames NESTED = new NestedQuotedNames(Gazetteer.bundled());
    /** 000, 第71项. */
    private static final String QUOTED = "工作进展:1.《2020中关村论坛总体方案》已经市委、市政府审批同意";
    /** 000, 第77项. */
    private static final String UNQUOTED = "6.起草2020年中关村5G创新应用大赛方案。";

    private static Mention at(String text, String name, EntityType type, String recogniser) {
        int s = text.indexOf(name);
        return new Mention(s, s + name.length(), name, type, 0.8, recogniser);
    }

    @Test
    void aQuotedPlanStaysAndMentionsItsEvent() {
        assertTrue(Corpus.read(Corpus.R000).contains(QUOTED));
        Mention plan = at(QUOTED, "2020中关村论坛总体方案", EntityType.POLICY, "title"); // inside the marks, as titles are read
        List<Mention> out = NESTED.withNested(List.of(plan), QUOTED);
        assertEquals(2, out.size(), out.toString());
        assertTrue(out.contains(plan));
        assertTrue(out.stream().anyMatch(m -> m.type() == EntityType.EVENT && m.text().equals("2020中关村论坛")), out.toString());
    }

    @Test
    void anUnquotedPlanGivesWayToItsEvent() {
        assertTrue(Corpus.read(Corpus.R000).contains(UNQUOTED));
        Mention plan = at(UNQUOTED, "2020年中关村5G创新应用大赛方案", EntityType.POLICY, "cue");
        List<Mention> out = NESTED.withNested(List.of(plan), UNQUOTED);
        assertEquals(1, out.size(), out.toString());
        assertEquals(EntityType.EVENT, out.get(0).type());
        assertEquals("2020年中关村5G创新应用大赛", out.get(0).text());
    }
}

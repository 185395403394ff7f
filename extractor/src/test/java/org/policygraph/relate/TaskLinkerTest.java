package org.policygraph.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.Corpus;
import org.policygraph.clean.ReportTextCleaner;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.Mention;
import org.policygraph.resolve.Entity;
import org.policygraph.resolve.ResolvedMention;
import org.policygraph.structure.HeadingStructureParser;
import org.policygraph.structure.ReportStructure;
import org.policygraph.structure.Task;

/**
 * Task links on the task tree of report 003 (sections 一、 holding items (一), a preamble and a
 * closing outside every task), with mentions placed at every occurrence of a few names.
 */
class TaskLinkerTest {
    private static final Entity THREE_CITIES = new Entity(EntityType.PARK, "三城一区");
    private static final Entity HUAIROU = new Entity(EntityType.PARK, "怀柔科学城");
    private static final Entity XI = new Entity(EntityType.PERSON, "习近平");

    private static String text;
    private static ReportStructure structure;
    private final TaskLinker linker = new TaskLinker();

    @BeforeAll
    static void parse() {
        text = new ReportTextCleaner().clean(Corpus.read(Corpus.R003)).text();
        structure = new HeadingStructureParser().parse(text);
        assertTrue(structure.tasks().stream().anyMatch(Task::hasParent), "precondition: the report has nested tasks");
    }

    /** A mention at every occurrence of the entity's name. */
    private static List<ResolvedMention> everywhere(Entity e) {
        List<ResolvedMention> out = new ArrayList<>();
        String name = e.canonicalName();
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) {
            out.add(new ResolvedMention(new Mention(i, i + name.length(), name, e.type(), 0.9, "test"), e));
        }
        assertFalse(out.isEmpty(), name + " is not in the report");
        return out;
    }

    private static List<ResolvedMention> all() {
        List<ResolvedMention> out = new ArrayList<>(everywhere(THREE_CITIES));
        out.addAll(everywhere(HUAIROU));
        out.addAll(everywhere(XI));
        out.sort((a, b) -> Integer.compare(a.mention().start(), b.mention().start()));
        return out;
    }

    @Test
    void everyLinkedTaskHoldsAMentionOfItsEntity() {
        List<ResolvedMention> mentions = all();
        List<TaskLink> links = linker.link(structure, mentions);
        assertFalse(links.isEmpty());
        for (TaskLink l : links) {
            assertTrue(mentions.stream().anyMatch(m -> m.entity().equals(l.entity()) && l.task().contains(m.mention().start())),
                    "task " + l.task().key() + " linked to " + l.entity() + " without a mention inside it");
        }
    }

    @Test
    void everyTaskHoldingAMentionIsLinkedOnce() {
        List<ResolvedMention> mentions = all();
        List<TaskLink> links = linker.link(structure, mentions);
        assertEquals(links.size(), new HashSet<>(links).size(), "duplicate links");
        for (ResolvedMention m : mentions) {
            for (Task t : structure.tasks()) {
                if (t.contains(m.mention().start())) {
                    assertTrue(links.contains(new TaskLink(t, m.entity())), "missing link " + t.key() + " -> " + m.entity());
                }
            }
        }
        // 三城一区 comes up again and again inside single tasks, yet each task links it once
        List<ResolvedMention> threeCities = everywhere(THREE_CITIES);
        Set<Integer> tasksWithIt = new HashSet<>();
        for (ResolvedMention m : threeCities) {
            for (Task t : structure.tasks()) if (t.contains(m.mention().start())) tasksWithIt.add(t.index());
        }
        assertTrue(threeCities.size() > tasksWithIt.size(), "precondition: repeated mentions within a task");
        assertEquals(tasksWithIt.size(), links.stream().filter(l -> l.entity().equals(THREE_CITIES)).count());
    }

    @Test
    void aMentionInsideAnItemLinksTheItemAndItsSection() {
        ResolvedMention inItem = everywhere(HUAIROU).stream()
                .filter(m -> structure.innermostTaskAt(m.mention().start()).map(Task::hasParent).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("precondition: 怀柔科学城 inside an item"));
        Task item = structure.innermostTaskAt(inItem.mention().start()).orElseThrow();
        Task section = structure.tasks().get(item.parent());
        assertTrue(section.contains(inItem.mention().start()));

        List<TaskLink> links = linker.link(structure, List.of(inItem));
        assertEquals(Set.of(new TaskLink(item, HUAIROU), new TaskLink(section, HUAIROU)), new HashSet<>(links));
    }

    @Test
    void aMentionOutsideEveryTaskLinksNothing() {
        List<ResolvedMention> xi = everywhere(XI);
        for (ResolvedMention m : xi) {
            assertTrue(structure.innermostTaskAt(m.mention().start()).isEmpty(), "precondition: 习近平 only in the preamble");
        }
        assertTrue(linker.link(structure, xi).isEmpty());

        // the first 三城一区 is in the preamble's title: alone, it links nothing either
        ResolvedMention first = everywhere(THREE_CITIES).get(0);
        assertTrue(first.mention().start() < structure.tasks().get(0).start());
        assertTrue(linker.link(structure, List.of(first)).isEmpty());

        // and among all mentions, the preamble adds no link for 习近平
        assertTrue(linker.link(structure, all()).stream().noneMatch(l -> l.entity().equals(XI)));
    }

    @Test
    void noMentionsNoLinks() {
        assertTrue(linker.link(structure, List.of()).isEmpty());
    }
}

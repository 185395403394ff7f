package org.policygraph.relate.role;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.Mention;
import org.policygraph.recognise.RealSegmentation;
import org.policygraph.resolve.Entity;
import org.policygraph.resolve.ResolvedMention;
import org.policygraph.structure.HeadingStructureParser;
import org.policygraph.structure.ReportStructure;

/**
 * One task whose progress paragraph is a real report sentence, segmented by HanLP as the
 * pipeline does, with the names in it marked as mentions (each occurrence, by the test): the role
 * recognisers are tested on their own, whatever the entity recognisers would find.
 */
final class RoleScenario {
    final AnalysedText analysed;
    final ReportStructure structure;
    final List<ResolvedMention> mentions;

    private RoleScenario(String text, List<ResolvedMention> mentions) {
        this.analysed = RealSegmentation.analyse(text);
        this.structure = new HeadingStructureParser().parse(text);
        assertFalse(structure.tasks().isEmpty(), "precondition: the scenario has a task");
        this.mentions = mentions;
    }

    static Builder sentence(String sentence) {
        return new Builder("第1项:推进重点工作。\n工作进展:" + sentence);
    }

    static final class Builder {
        private final String text;
        private final Map<String, Entity> names = new LinkedHashMap<>();

        private Builder(String text) {
            this.text = text;
        }

        Builder name(String surface, EntityType type, String canonical) {
            names.put(surface, new Entity(type, canonical));
            return this;
        }

        Builder name(String surface, EntityType type) {
            return name(surface, type, surface);
        }

        RoleScenario build() {
            List<ResolvedMention> out = new ArrayList<>();
            names.forEach((surface, entity) -> {
                int from = text.indexOf(surface);
                if (from < 0) fail("'" + surface + "' is not in: " + text);
                for (int i = from; i >= 0; i = text.indexOf(surface, i + surface.length())) {
                    out.add(new ResolvedMention(new Mention(i, i + surface.length(), surface, entity.type(), 0.9, "test"), entity));
                }
            });
            out.sort(Comparator.comparingInt((ResolvedMention m) -> m.mention().start()).thenComparingInt(m -> -m.mention().end()));
            return new RoleScenario(text, out);
        }
    }

    static String describe(List<Involvement> found) {
        return found.stream().map(i -> i.role() + ":" + i.entity().canonicalName() + "(" + i.cue() + ")")
                .collect(Collectors.joining(", ", "[", "]"));
    }
}

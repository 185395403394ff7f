package org.policygraph.relate.role;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policygraph.resolve.ResolvedMention;
import org.policygraph.structure.ReportStructure;
import org.policygraph.structure.Sentence;

/** The mentions of each sentence, found once (by where each mention starts) for the role recognisers to read sentence by sentence. */
final class MentionsBySentence {
    private final Map<Integer, List<ResolvedMention>> bySentence = new HashMap<>();

    MentionsBySentence(ReportStructure structure, List<ResolvedMention> mentions) {
        for (ResolvedMention m : mentions) {
            structure.sentenceAt(m.mention().start())
                    .ifPresent(s -> bySentence.computeIfAbsent(s.index(), k -> new ArrayList<>()).add(m));
        }
    }

    /** The sentence's mentions in text order. */
    List<ResolvedMention> in(Sentence s) {
        return bySentence.getOrDefault(s.index(), List.of());
    }
}

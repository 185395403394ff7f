package org.policygraph.recognise.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.Mention;
import org.policygraph.recognise.MentionRefiner;

/**
 * 国家 written right before the name of a works, zone or event is part of that name: 列入国家碳达峰试点
 * names 国家碳达峰试点, the national programme, not 碳达峰试点. In the annotated reports 国家 before
 * such a name belongs to it about twenty times to one; the tagger often starts after it when it
 * has not seen the name.
 */
public final class NationalQualifierRefiner implements MentionRefiner {
    private static final String NATIONAL = "国家";
    private static final Set<EntityType> QUALIFIED = EnumSet.of(EntityType.PROJECT, EntityType.PARK, EntityType.EVENT);

    @Override
    public List<Mention> refine(AnalysedText at, List<Mention> merged) {
        String text = at.text();
        List<Mention> out = new ArrayList<>();
        for (Mention m : merged) {
            int start = m.start() - NATIONAL.length();
            if (!QUALIFIED.contains(m.type()) || start < 0 || !text.startsWith(NATIONAL, start)) continue;
            out.add(new Mention(start, m.end(), text.substring(start, m.end()), m.type(), m.confidence(), "national"));
        }
        return out;
    }
}

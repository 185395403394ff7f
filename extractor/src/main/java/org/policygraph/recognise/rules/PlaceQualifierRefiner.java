package org.policygraph.recognise.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.Mention;
import org.policygraph.recognise.MentionRefiner;

/**
 * A place in brackets right after an institution's name says which of its sites is meant and is
 * part of the name: 中关村未来城市前沿技术创新中心(通州) is one centre, not a centre and a
 * district. (Brackets before the head, as in 中国(北京)知识产权保护中心, are read by {@link NameSpan}.)
 */
public final class PlaceQualifierRefiner implements MentionRefiner {
    private static final Pattern BRACKETED = Pattern.compile("^[(（](\\p{IsHan}{2,4})[)）]");

    @Override
    public List<Mention> refine(AnalysedText at, List<Mention> merged) {
        String text = at.text();
        List<Mention> out = new ArrayList<>();
        for (Mention m : merged) {
            if (!m.type().isOrganization() && m.type() != EntityType.PARK) continue;
            Matcher b = BRACKETED.matcher(m.following(text, 7));
            if (!b.find()) continue;
            int innerStart = m.end() + 1, innerEnd = innerStart + b.group(1).length();
            boolean place = merged.stream().anyMatch(p -> p.type() == EntityType.PLACE && p.start() == innerStart && p.end() == innerEnd);
            if (!place) continue;
            int end = m.end() + b.end();
            out.add(new Mention(m.start(), end, text.substring(m.start(), end), m.type(), m.confidence(), "qualified"));
        }
        return out;
    }
}

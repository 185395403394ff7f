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
 * Addresses below the district: a district or county already recognised, followed by a town
 * (镇/乡/街道) and a village (村), is one place (海淀区西北旺镇屯佃村); further villages listed
 * after it with 、 are places too (、永丰屯村).
 */
public final class AddressRefiner implements MentionRefiner {
    private static final Pattern TOWN_VILLAGE = Pattern.compile("^\\p{IsHan}{2,4}?(镇|乡|街道)(\\p{IsHan}{1,4}?村)?");
    private static final Pattern MORE_VILLAGES = Pattern.compile("^、(\\p{IsHan}{2,4}?村)");

    @Override
    public List<Mention> refine(AnalysedText at, List<Mention> merged) {
        String text = at.text();
        List<Mention> out = new ArrayList<>();
        for (Mention m : merged) {
            if (m.type() != EntityType.PLACE || !(m.text().endsWith("区") || m.text().endsWith("县"))) continue;
            Matcher tv = TOWN_VILLAGE.matcher(m.following(text, 12));
            if (!tv.find()) continue;
            int end = m.end() + tv.end();
            out.add(new Mention(m.start(), end, text.substring(m.start(), end), EntityType.PLACE, 0.8, "address"));
            if (tv.group(2) == null) continue;
            Matcher more = MORE_VILLAGES.matcher(text.substring(end, Math.min(text.length(), end + 8)));
            while (more.find()) {
                int s = end + more.start(1), e = end + more.end(1);
                out.add(new Mention(s, e, text.substring(s, e), EntityType.PLACE, 0.8, "address"));
                end = e;
                more = MORE_VILLAGES.matcher(text.substring(end, Math.min(text.length(), end + 8)));
            }
        }
        return out;
    }
}

package org.policygraph.resolve;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policygraph.recognise.EntityType;

/**
 * One edition of a recurring event named with the event's own name: 2020中关村论坛 (inside the
 * title 2020中关村论坛总体方案) and 云上中关村论坛 (the forum held online) are the 中关村论坛 the
 * report names elsewhere. An edition joins the event only when the report names the event
 * itself; a year-named event alone (2020中关村5G创新应用大赛) stays as written.
 */
final class EventEditions {
    private static final Pattern EDITION = Pattern.compile(
            "^((?:19|20)[0-9]{2}年?(?:度)?|第[一二三四五六七八九十百0-9]+届|云上|线上|网上)(.{3,})$");

    private EventEditions() {}

    /**
     * The event this name is an edition of, if the report names that event. A series named alone
     * ({@link EditionSeries}: 全运会) already stands for one edition, so 第十四届全运会 does not join it.
     */
    static Optional<Entity> editionOf(String form, Map<String, Entity> known, EditionSeries series) {
        Matcher m = EDITION.matcher(form);
        if (!m.matches() || series.isSeries(m.group(2))) return Optional.empty();
        Entity base = known.get(m.group(2));
        return base != null && base.type() == EntityType.EVENT ? Optional.of(base) : Optional.empty();
    }
}

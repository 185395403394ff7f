package org.policygraph.recognise.gazetteer;

import java.util.List;
import org.policygraph.recognise.EntityType;

/** A well-known body: its type, canonical (fullest official) name and the other names it goes by. */
public record GazetteerEntry(EntityType type, String canonicalName, List<String> aliases) {
    public GazetteerEntry {
        aliases = List.copyOf(aliases);
    }
}

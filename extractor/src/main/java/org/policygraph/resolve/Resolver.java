package org.policygraph.resolve;

import java.util.List;
import org.policygraph.recognise.Mention;

/** Stage 5, resolve: mentions of one report to the entities they name. */
public interface Resolver {
    List<ResolvedMention> resolve(String text, List<Mention> mentions);
}

package org.policygraph.resolve;

import java.util.List;
import org.policygraph.recognise.Mention;
import org.policygraph.structure.ReportMetadata;

/** Stage 5, resolve: mentions of one report to the entities they name. */
public interface Resolver {
    /** @param metadata what the report states about itself: its author tells whose bodies its 省委 and 市政府 are */
    List<ResolvedMention> resolve(String text, ReportMetadata metadata, List<Mention> mentions);

    /** For a text that states nothing about itself. */
    default List<ResolvedMention> resolve(String text, List<Mention> mentions) {
        return resolve(text, ReportMetadata.NONE, mentions);
    }
}

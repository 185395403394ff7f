package org.policygraph.pipeline;

import java.util.List;
import org.policygraph.read.SourceDocument;
import org.policygraph.relate.TaskLink;
import org.policygraph.resolve.ResolvedMention;
import org.policygraph.structure.ReportStructure;

/**
 * Everything extracted from one report, ready to be written as RDF.
 *
 * @param source    the report as read
 * @param content   the cleaned text, into which all offsets point
 * @param structure tasks and sentences
 * @param mentions  resolved entity mentions in text order
 * @param links     task ↔ entity links
 */
public record ExtractedReport(SourceDocument source, String content, ReportStructure structure,
                              List<ResolvedMention> mentions, List<TaskLink> links) {
    public ExtractedReport {
        mentions = List.copyOf(mentions);
        links = List.copyOf(links);
    }
}

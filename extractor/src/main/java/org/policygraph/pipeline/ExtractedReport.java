package org.policygraph.pipeline;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalInt;
import org.policygraph.read.SourceDocument;
import org.policygraph.relate.TaskLink;
import org.policygraph.relate.figure.Figure;
import org.policygraph.relate.figure.ReportYear;
import org.policygraph.relate.role.Involvement;
import org.policygraph.resolve.ResolvedMention;
import org.policygraph.structure.ReportStructure;

/**
 * Everything extracted from one report, ready to be written as RDF.
 *
 * @param source       the report as read
 * @param content      the cleaned text, into which all offsets point
 * @param structure    tasks and sentences
 * @param mentions     resolved entity mentions in text order
 * @param links        task ↔ entity links
 * @param involvements the roles sentences state (lead, partner, supports, location, issuer)
 * @param figures      the quantities and dates tasks state
 * @param year         the year the report is about ({@link ReportYear}), which dates its figures
 * @param extractedAt  when the extraction ran, for the report's provenance
 */
public record ExtractedReport(SourceDocument source, String content, ReportStructure structure,
                              List<ResolvedMention> mentions, List<TaskLink> links,
                              List<Involvement> involvements, List<Figure> figures, OptionalInt year,
                              Instant extractedAt) {
    public ExtractedReport {
        mentions = List.copyOf(mentions);
        links = List.copyOf(links);
        involvements = List.copyOf(involvements);
        figures = List.copyOf(figures);
    }

    /** A report with mentions and links only (no roles or figures), extracted now. */
    public ExtractedReport(SourceDocument source, String content, ReportStructure structure,
                           List<ResolvedMention> mentions, List<TaskLink> links) {
        this(source, content, structure, mentions, links, List.of(), List.of(), ReportYear.of(structure.metadata(), content),
                Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }
}

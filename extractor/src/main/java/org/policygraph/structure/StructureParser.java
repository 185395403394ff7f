package org.policygraph.structure;

/** Stage 3, structure: the cleaned text's task tree and sentences. */
public interface StructureParser {
    ReportStructure parse(String cleanText);
}

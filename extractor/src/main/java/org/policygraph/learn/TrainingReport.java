package org.policygraph.learn;

import org.policygraph.eval.GoldReport;
import org.policygraph.pipeline.Extractor;

/** One annotated report ready for training: what the extractor prepared from it, its gold, and the projected tags. */
public record TrainingReport(String fileName, Extractor.Prepared prepared, GoldReport gold, int[] tags) {}

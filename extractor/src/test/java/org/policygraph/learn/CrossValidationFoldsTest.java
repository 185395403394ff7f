package org.policygraph.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.policygraph.Training;

/** Folds are by report, fixed by file name, and spread the sample reports. */
class CrossValidationFoldsTest {

    private static List<String> trainingReports() throws IOException {
        try (Stream<Path> s = Files.list(Training.reports())) {
            return new ArrayList<>(s.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void everyReportIsHeldOutExactlyOnceAndTheSampleReportsFallInDifferentFolds() throws IOException {
        List<String> names = trainingReports();
        List<List<String>> folds = CrossValidation.folds(names, 5);
        assertEquals(5, folds.size());
        Set<String> seen = new HashSet<>();
        for (List<String> f : folds) for (String n : f) assertTrue(seen.add(n), n + " in two folds");
        assertEquals(new HashSet<>(names), seen);
        for (List<String> f : folds) assertTrue(f.size() == 6 || f.size() == 7, f::toString);
        Set<Integer> sampleFolds = new HashSet<>();
        for (int i = 0; i < folds.size(); i++) {
            for (String n : folds.get(i)) if (!n.startsWith("gov")) sampleFolds.add(i);
        }
        assertEquals(3, sampleFolds.size(), "the three sample reports each in a fold of its own");
    }

    @Test
    void theSplitDependsOnTheNamesNotOnTheirOrder() throws IOException {
        List<String> names = trainingReports();
        List<String> reversed = new ArrayList<>(names);
        java.util.Collections.reverse(reversed);
        assertEquals(CrossValidation.folds(names, 5), CrossValidation.folds(reversed, 5));
    }

    @Test
    void tooFewFoldsOrReportsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CrossValidation.folds(List.of("a", "b"), 1));
        assertThrows(IllegalArgumentException.class, () -> CrossValidation.folds(List.of("a", "b"), 3));
    }
}

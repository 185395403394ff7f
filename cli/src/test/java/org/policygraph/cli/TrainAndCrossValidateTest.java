package org.policygraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.learn.TrainingCorpus;
import org.policygraph.recognise.tagger.TaggerModel;

/**
 * {@code train} and {@code eval --folds} on two annotated sample reports copied from
 * {@code training/}: a model is written and reads back with the SHA-256 of its data; two folds
 * each score the report left out; wrong settings are a wrong command line.
 */
class TrainAndCrossValidateTest {
    private static final List<String> REPORTS = List.of("000_28d4d448e5e08362.txt", "003_fe27a2d5279c6e1c.txt");

    @TempDir
    static Path dir;
    private static Path gold;
    private static Path reports;

    private record Run(int exit, String out, String err) {}

    @BeforeAll
    static void copyTwoAnnotatedReports() throws Exception {
        Path training = Path.of(System.getProperty("policygraph.root"), "training");
        gold = Files.createDirectories(dir.resolve("gold"));
        reports = Files.createDirectories(dir.resolve("reports"));
        for (String r : REPORTS) {
            Files.copy(training.resolve("reports").resolve(r), reports.resolve(r));
            Files.copy(training.resolve("gold").resolve(r + ".gold.json"), gold.resolve(r + ".gold.json"));
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = PolicyGraphCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void trainWritesAModelThatRecordsItsData() throws Exception {
        Path model = dir.resolve("model.bin.gz");
        Run r = run("train", "--gold", gold.toString(), "--reports", reports.toString(), "--out", model.toString(),
                "--iterations", "2");
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(r.err().contains("iteration 2/2"), r.err());
        assertTrue(r.err().contains("fit on the training data"), r.err());
        try (InputStream in = Files.newInputStream(model)) {
            TaggerModel m = TaggerModel.read(in);
            assertEquals(TrainingCorpus.sha256(gold, reports), m.trainingSha256());
            assertEquals(2, m.settings().iterations());
        }
    }

    @Test
    void twoFoldsScoreEachReportByAModelTrainedOnTheOther() {
        Run r = run("eval", "--folds", "2", "--iterations", "2", "--recognition", "rules,both", gold.toString(), reports.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(r.out().contains("2-fold cross-validation, rules only"), r.out());
        assertTrue(r.out().contains("2-fold cross-validation, model and rules"), r.out());
        assertTrue(r.out().contains("fold 1 entity-F1") && r.out().contains("fold 2 entity-F1"), r.out());
        assertTrue(r.out().contains("(000_28d4d448e5e08362.txt)") && r.out().contains("(003_fe27a2d5279c6e1c.txt)"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("model and rules") && l.split("\\s+").length == 6), r.out());
    }

    @Test
    void wrongSettingsAreAWrongCommandLine() {
        assertEquals(ExitCodes.USAGE, run("eval", "--folds", "1", gold.toString(), reports.toString()).exit());
        assertEquals(ExitCodes.USAGE, run("eval", "--folds", "2", "--recognition", "magic", gold.toString(), reports.toString()).exit());
        assertEquals(ExitCodes.USAGE, run("eval", "--folds", "3", gold.toString(), reports.toString()).exit());
        assertEquals(ExitCodes.USAGE, run("eval", "--folds", "2", "--iterations", "0", gold.toString(), reports.toString()).exit());
    }
}

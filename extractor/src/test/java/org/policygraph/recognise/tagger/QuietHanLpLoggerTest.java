package org.policygraph.recognise.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Compressing a model (what train and eval --folds do to every model) writes nothing on standard output. */
class QuietHanLpLoggerTest {

    @Test
    void compressingTheBundledModelPrintsNothing() {
        TaggerModel model = TaggerModel.bundled();
        int before = model.linearModel().featureMap.size();
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            model.compress(0.5);
        } finally {
            System.setOut(out);
        }
        assertTrue(model.linearModel().featureMap.size() < before, "the model was compressed");
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
    }
}

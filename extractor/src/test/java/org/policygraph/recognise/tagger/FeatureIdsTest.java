package org.policygraph.recognise.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.model.perceptron.feature.FeatureMap;
import com.hankcs.hanlp.model.perceptron.feature.ImmutableFeatureMap;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fingerprint lookup answers what the model's own feature map answers. */
class FeatureIdsTest {

    @Test
    void everyFeatureOfTheBundledModelHasItsOwnId() {
        FeatureMap map = TaggerModel.bundled().linearModel().featureMap;
        FeatureIds ids = FeatureIds.of(map);
        int checked = 0;
        for (Map.Entry<String, Integer> e : map.entrySet()) {
            assertEquals(e.getValue().intValue(), ids.idOf(e.getKey()), e.getKey());
            checked++;
        }
        assertTrue(checked > 10_000, "the bundled model has " + checked + " features");
    }

    @Test
    void theTableStoredWithTheModelIsTheOneItsFeatureMapGives() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TaggerModel.bundled().write(bytes, 0);
        TaggerModel read = TaggerModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        FeatureMap map = read.linearModel().featureMap;
        FeatureIds stored = read.featureIds();
        for (Map.Entry<String, Integer> e : map.entrySet()) assertEquals(e.getValue().intValue(), stored.idOf(e.getKey()), e.getKey());
        assertEquals(-1, stored.idOf("C0=龘"));
    }

    @Test
    void aModelInTheFirstFormatStillLoadsAndBuildsItsTable() throws IOException {
        TaggerModel bundled = TaggerModel.bundled();
        // version 1: the same header without the table, then HanLP's model
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(new GZIPOutputStream(bytes))) {
            data.writeUTF("policygraph-tagger/1");
            data.writeUTF(bundled.trainingSha256());
            data.writeInt(bundled.settings().iterations());
            data.writeLong(bundled.settings().seed());
            data.writeInt(bundled.families().size());
            for (FeatureFamily f : bundled.families()) data.writeUTF(f.name());
            bundled.linearModel().save(data);
        }
        TaggerModel read = TaggerModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(bundled.trainingSha256(), read.trainingSha256());
        for (Map.Entry<String, Integer> e : read.linearModel().featureMap.entrySet()) {
            assertEquals(e.getValue().intValue(), read.featureIds().idOf(e.getKey()), e.getKey());
        }
    }

    @Test
    void aFeatureTheModelLacksHasNone() {
        FeatureMap map = TaggerModel.bundled().linearModel().featureMap;
        FeatureIds ids = FeatureIds.of(map);
        Set<String> known = new HashSet<>();
        for (Map.Entry<String, Integer> e : map.entrySet()) known.add(e.getKey());
        int unseen = 0;
        // character bigrams of a made-up text, most of which no model has seen
        String text = "龘靐齉爩麤龗灪龖厵滟爨癵驫鱻燚飝";
        for (int i = 0; i + 1 < text.length(); i++) {
            String f = "C-1C0=" + text.substring(i, i + 2);
            if (known.contains(f)) continue;
            assertEquals(-1, ids.idOf(f), f);
            unseen++;
        }
        assertTrue(unseen > 10);
        assertEquals(-1, ids.idOf(""));
    }

    @Test
    void theIdsAreTheMapsForATinyModelToo() {
        FeatureMap map = new ImmutableFeatureMap(Map.of("C0=中", 0, "C0=关", 1, "C-1C0=中关", 2), TaggerModel.bundled().linearModel().featureMap.tagSet);
        FeatureIds ids = FeatureIds.of(map);
        for (String f : List.of("C0=中", "C0=关", "C-1C0=中关")) assertEquals(map.idOf(f), ids.idOf(f), f);
        assertEquals(-1, ids.idOf("C0=村"));
    }

    @Test
    void fingerprintsTellApartStringsThatDifferInOrderOrLength() {
        assertTrue(FeatureIds.fingerprint("C0=中关") != FeatureIds.fingerprint("C0=关中"));
        assertTrue(FeatureIds.fingerprint("W=a") != FeatureIds.fingerprint("W=a\0"));
    }
}

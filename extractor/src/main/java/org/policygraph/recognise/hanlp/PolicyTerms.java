package org.policygraph.recognise.hanlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The bundled policy vocabulary ({@code terms.tsv}): words the segmenter keeps whole, with their HanLP nature. */
public final class PolicyTerms {
    private static final String RESOURCE = "terms.tsv";

    private PolicyTerms() {}

    public static List<HanLpSegmenter.DictionaryWord> bundled() {
        try (InputStream in = PolicyTerms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<HanLpSegmenter.DictionaryWord> parse(BufferedReader lines) throws IOException {
        List<HanLpSegmenter.DictionaryWord> out = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length != 2 || f[0].isBlank() || f[1].isBlank()) {
                throw new IllegalStateException(RESOURCE + ":" + number + ": expected word<TAB>nature, got: " + line);
            }
            out.add(new HanLpSegmenter.DictionaryWord(f[0].strip(), f[1].strip()));
        }
        return out;
    }
}

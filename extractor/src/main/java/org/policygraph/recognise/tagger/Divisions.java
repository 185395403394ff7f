package org.policygraph.recognise.tagger;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * China's administrative divisions to county level ({@code divisions.tsv}, from GB/T 2260): every
 * full name (同德县) and short name (同德) found in a text, with its level. The tagger learns from
 * them where a place name ends (…县 belongs to it) and that a short name is a place at all.
 */
final class Divisions {
    /** A division's name at {@code [start, end)}: its level (province, city, county) and whether the short form. */
    record Match(int start, int end, String level, boolean isShort) {}

    private record Form(String level, boolean isShort) {}

    private static final AhoCorasickDoubleArrayTrie<Form> NAMES = load();

    private Divisions() {}

    static List<Match> in(String text) {
        List<Match> out = new ArrayList<>();
        if (!text.isEmpty()) NAMES.parseText(text, (b, e, f) -> out.add(new Match(b, e, f.level(), f.isShort())));
        return out;
    }

    private static AhoCorasickDoubleArrayTrie<Form> load() {
        TreeMap<String, Form> forms = new TreeMap<>();
        List<String[]> shorts = new ArrayList<>();
        try (InputStream in = Divisions.class.getResourceAsStream("divisions.tsv")) {
            if (in == null) throw new IllegalStateException("divisions.tsv missing from the jar");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] p = line.split("\t", -1);
                forms.putIfAbsent(p[1], new Form(p[0], false));
                if (p.length > 2 && p[2].length() >= 2) shorts.add(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // a short name that is also some division's full name (吉林) stays a full name
        for (String[] p : shorts) forms.putIfAbsent(p[2], new Form(p[0], true));
        AhoCorasickDoubleArrayTrie<Form> trie = new AhoCorasickDoubleArrayTrie<>();
        trie.build(forms);
        return trie;
    }
}

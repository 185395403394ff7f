package org.policygraph.recognise.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import org.policygraph.recognise.EntityType;

/**
 * The domain gazetteer: every surface form (canonical name or alias) of every entry, looked up
 * by exact string. Loaded from tab-separated data files: {@code Type<TAB>canonical<TAB>alias|alias}.
 */
public final class Gazetteer {
    /** The data files bundled with PolicyGraph, in the order they are read; a later file may not redefine a form. */
    public static final List<String> BUNDLED = List.of(
            "central.tsv", "beijing.tsv", "parks.tsv", "research.tsv", "companies.tsv", "organisations.tsv",
            "places.tsv", "events.tsv", "projects.tsv");

    private final Map<String, GazetteerEntry> byForm = new HashMap<>();
    private final List<GazetteerEntry> entries = new ArrayList<>();
    private int longestForm;
    // every form of two characters or more, matched over a whole text in one pass
    private final AhoCorasickDoubleArrayTrie<GazetteerEntry> automaton = new AhoCorasickDoubleArrayTrie<>();
    private final boolean automatonEmpty;

    public Gazetteer(Collection<GazetteerEntry> entries) {
        for (GazetteerEntry e : entries) add(e);
        TreeMap<String, GazetteerEntry> matched = new TreeMap<>();
        byForm.forEach((form, entry) -> {
            if (form.length() >= 2) matched.put(form, entry);
        });
        automatonEmpty = matched.isEmpty();
        if (!automatonEmpty) automaton.build(matched);
    }

    /** A form found in a text: {@code [start, end)} and the entry it names. */
    public record Occurrence(int start, int end, GazetteerEntry entry) {
        public int length() {
            return end - start;
        }
    }

    /**
     * Every occurrence of every form of two or more characters in the text, overlapping ones
     * included, ordered by start and, at one start, longest first. One pass of an Aho–Corasick
     * automaton: linear in the text and the occurrences, whatever the number of forms.
     */
    public List<Occurrence> occurrences(String text) {
        List<Occurrence> out = new ArrayList<>();
        if (automatonEmpty || text.isEmpty()) return out;
        automaton.parseText(text, (begin, end, entry) -> out.add(new Occurrence(begin, end, entry)));
        out.sort(BY_START_LONGEST_FIRST);
        return out;
    }

    private static final Comparator<Occurrence> BY_START_LONGEST_FIRST =
            Comparator.comparingInt(Occurrence::start).thenComparing(Comparator.comparingInt(Occurrence::length).reversed());

    /** The gazetteer bundled in the jar. */
    public static Gazetteer bundled() {
        List<GazetteerEntry> all = new ArrayList<>();
        for (String name : BUNDLED) {
            try (InputStream in = Gazetteer.class.getResourceAsStream(name)) {
                if (in == null) throw new IllegalStateException("gazetteer file missing from the jar: " + name);
                all.addAll(parse(name, in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Gazetteer(all);
    }

    /** Parses one data file; blank lines and lines starting with # are skipped. */
    public static List<GazetteerEntry> parse(String source, InputStream in) throws IOException {
        List<GazetteerEntry> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cols = line.split("\t");
            if (cols.length < 2) throw new IllegalArgumentException(source + ":" + n + ": want Type<TAB>name[<TAB>aliases]: " + line);
            EntityType type;
            try {
                type = EntityType.parse(cols[0].strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ":" + n + ": " + e.getMessage(), e);
            }
            List<String> aliases = new ArrayList<>();
            if (cols.length > 2) {
                for (String a : cols[2].split("\\|")) if (!a.isBlank()) aliases.add(a.strip());
            }
            out.add(new GazetteerEntry(type, cols[1].strip(), aliases));
        }
        return out;
    }

    private void add(GazetteerEntry e) {
        entries.add(e);
        register(e.canonicalName(), e);
        for (String a : e.aliases()) register(a, e);
    }

    private void register(String form, GazetteerEntry e) {
        // the first definition of a form wins, so a specific file can come before a general one
        byForm.putIfAbsent(form, e);
        longestForm = Math.max(longestForm, form.length());
    }

    public Optional<GazetteerEntry> lookup(String form) {
        return Optional.ofNullable(byForm.get(form));
    }

    /**
     * The text with every known short form replaced by its canonical name, longest form first,
     * left to right: 中关村示范区促进… becomes 中关村国家自主创新示范区促进….
     */
    public String withCanonicalNames(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        for (Occurrence o : occurrences(text)) {
            // the first occurrence at a start is the longest; those inside a replaced form are passed over
            if (o.start() < i) continue;
            out.append(text, i, o.start()).append(o.entry().canonicalName());
            i = o.end();
        }
        return out.append(text, i, text.length()).toString();
    }

    public Map<String, GazetteerEntry> forms() {
        return Map.copyOf(byForm);
    }

    public List<GazetteerEntry> entries() {
        return List.copyOf(entries);
    }

    public int longestForm() {
        return longestForm;
    }
}

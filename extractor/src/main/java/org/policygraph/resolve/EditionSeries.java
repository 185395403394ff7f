package org.policygraph.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Recurring events a report names by the series alone (全运会, 四中全会, 农业普查): the edition meant
 * is the one held nearest the report's year, the later on a tie (a 2026 report's 全运会 is the
 * fifteenth, held in 2025; a 2024 report's is the fifteenth too, being prepared). Without a year
 * the series name stays as written. The editions are listed in {@code editions.tsv}.
 */
final class EditionSeries {
    private record Edition(int year, String name) {}

    private final Map<String, List<Edition>> bySeries;

    private EditionSeries(Map<String, List<Edition>> bySeries) {
        this.bySeries = bySeries;
    }

    static EditionSeries bundled() {
        Map<String, List<Edition>> series = new HashMap<>();
        try (InputStream in = EditionSeries.class.getResourceAsStream("editions.tsv")) {
            if (in == null) throw new IllegalStateException("editions.tsv missing from the jar");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] p = line.split("\t", -1);
                if (p.length != 3) throw new IllegalStateException("editions.tsv line " + n + ": expected 3 columns, found " + p.length);
                Edition e = new Edition(Integer.parseInt(p[1]), p[2]);
                for (String name : p[0].split("\\|")) series.computeIfAbsent(name, k -> new ArrayList<>()).add(e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EditionSeries(series);
    }

    boolean isSeries(String form) {
        return bySeries.containsKey(form);
    }

    /** The edition's name when {@code form} is a series' bare name and the report's year is known. */
    Optional<String> editionNamed(String form, OptionalInt reportYear) {
        List<Edition> editions = bySeries.get(form);
        if (editions == null || reportYear.isEmpty()) return Optional.empty();
        int year = reportYear.getAsInt();
        return editions.stream()
                .min(Comparator.comparingInt((Edition e) -> Math.abs(e.year() - year)).thenComparing(e -> -e.year()))
                .map(Edition::name);
    }
}

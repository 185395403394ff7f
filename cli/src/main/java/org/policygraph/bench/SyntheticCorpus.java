package org.policygraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * A corpus of any size made from real reports: report {@code i} is source report {@code i mod n}
 * with the paragraphs of each section in an order of their own (seeded by {@code i}), the
 * section headings left where they are. The same sources and count give the same files.
 */
final class SyntheticCorpus {
    /** 一、… and (一)… headings: they keep their place, so each variant has the source's structure. */
    private static final Pattern HEADING = Pattern.compile("^\\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])");

    private SyntheticCorpus() {}

    /** Writes {@code count} reports into the folder (created), returns their paths in order. */
    static List<Path> write(List<Path> sources, int count, Path folder) throws IOException {
        if (sources.isEmpty()) throw new IllegalArgumentException("no source reports to make a corpus from");
        Files.createDirectories(folder);
        List<String> texts = new ArrayList<>();
        for (Path s : sources) texts.add(Files.readString(s, StandardCharsets.UTF_8));
        List<Path> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Path source = sources.get(i % sources.size());
            String name = String.format("gen-%04d-%s", i + 1, source.getFileName());
            Path file = folder.resolve(name.endsWith(".txt") ? name : name + ".txt");
            Files.writeString(file, variant(texts.get(i % texts.size()), i), StandardCharsets.UTF_8);
            out.add(file);
        }
        return out;
    }

    static String variant(String text, int seed) {
        if (seed < 1) return text; // the first round is the sources themselves
        Random random = new Random(seed);
        List<String> lines = List.of(text.split("\n", -1));
        StringBuilder out = new StringBuilder(text.length());
        List<String> section = new ArrayList<>();
        for (String line : lines) {
            if (HEADING.matcher(line).find()) {
                flush(section, random, out);
                out.append(line).append('\n');
            } else {
                section.add(line);
            }
        }
        flush(section, random, out);
        return out.toString();
    }

    private static void flush(List<String> section, Random random, StringBuilder out) {
        Collections.shuffle(section, random);
        for (String l : section) out.append(l).append('\n');
        section.clear();
    }
}

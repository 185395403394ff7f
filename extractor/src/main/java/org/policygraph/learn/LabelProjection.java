package org.policygraph.learn;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policygraph.eval.GoldReport;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.tagger.EntityTags;

/**
 * Gold annotations name entities by their surface forms, not by offsets: this finds every form in
 * the report's cleaned text (the text the extractor sees, so offsets agree) and labels the
 * characters, longest match first, a match overlapping a longer one dropped (so 中关村 inside
 * 中关村科学城 stays part of the longer name).
 */
public final class LabelProjection {

    /** A labelled span of the text. */
    public record Span(int start, int end, EntityType type) {
        int length() { return end - start; }
    }

    /** The spans, in text order, free of overlaps. */
    public static List<Span> spans(String text, GoldReport gold) {
        Map<String, EntityType> forms = new HashMap<>();
        for (GoldReport.GoldEntity e : gold.entities()) {
            addForm(forms, e.name(), e.type());
            for (String m : e.mentions()) addForm(forms, m, e.type());
        }
        // gold forms drop the quotation marks a name may hold (“1131”数字政府…工程 is 1131数字政府…工程): search a copy without them
        StringBuilder bare = new StringBuilder(text.length());
        int[] at = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            if (QUOTES.indexOf(text.charAt(i)) < 0) {
                at[bare.length()] = i;
                bare.append(text.charAt(i));
            }
        }
        String b = bare.toString();
        List<Span> found = new ArrayList<>();
        forms.forEach((form, type) -> {
            for (int i = b.indexOf(form); i >= 0; i = b.indexOf(form, i + 1)) {
                int start = at[i], end = at[i + form.length() - 1] + 1;
                // a name that holds a closing mark takes the opening one before it
                if (start > 0 && QUOTES.indexOf(text.charAt(start - 1)) >= 0 && containsQuote(text, start, end)) start--;
                found.add(new Span(start, end, type));
            }
        });
        found.sort(Comparator.comparingInt(Span::length).reversed().thenComparingInt(Span::start));
        boolean[] taken = new boolean[text.length()];
        List<Span> kept = new ArrayList<>();
        for (Span s : found) {
            boolean free = true;
            for (int i = s.start(); i < s.end() && free; i++) free = !taken[i];
            if (!free) continue;
            for (int i = s.start(); i < s.end(); i++) taken[i] = true;
            kept.add(s);
        }
        kept.sort(Comparator.comparingInt(Span::start));
        return kept;
    }

    private static final String QUOTES = "“”‘’\"「」";

    private static boolean containsQuote(String text, int start, int end) {
        for (int i = start; i < end; i++) if (QUOTES.indexOf(text.charAt(i)) >= 0) return true;
        return false;
    }

    /** The tags of {@link EntityTags}, one per character of the text. */
    public static int[] tags(String text, GoldReport gold) {
        int[] tags = new int[text.length()];
        for (Span s : spans(text, gold)) {
            EntityTags.mark(tags, s.start(), s.end(), s.type());
        }
        return tags;
    }

    /** Forms as written and in the half-width form the cleaner gives; single characters are too ambiguous to project. */
    private static void addForm(Map<String, EntityType> forms, String form, EntityType type) {
        String f = form.replaceAll("[“”‘’\"「」]", "").strip();
        if (f.length() < 2 || f.contains("\n")) return;
        forms.putIfAbsent(f, type);
        String nfkc = Normalizer.normalize(f, Normalizer.Form.NFKC);
        if (nfkc.length() >= 2) forms.putIfAbsent(nfkc, type);
    }
}

package org.policygraph.recognise.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.Mention;
import org.policygraph.recognise.Recogniser;

/**
 * Titles in 《》: documents by default (Policy), or an event, project or newspaper when the head
 * word says so. The mention is the title without its brackets; 〈〉 inside a title stay in it.
 */
public final class BookTitleRecogniser implements Recogniser {
    /** The recogniser name its mentions carry: later stages tell 《》 titles apart by it. */
    public static final String NAME = "title";

    private static final int MAX_TITLE = 120;
    private static final int LONG_UNHEADED_TITLE = 10;
    private final HeadWords heads = HeadWords.forTitles();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Mention> recognise(AnalysedText at) {
        String text = at.text();
        List<Mention> out = new ArrayList<>();
        int i = text.indexOf('《');
        while (i >= 0) {
            int close = closing(text, i);
            if (close < 0) { // an unclosed 《 (a title broken across lines) loses only itself
                i = text.indexOf('《', i + 1);
                continue;
            }
            String title = text.substring(i + 1, close);
            if (!title.isBlank() && title.length() <= MAX_TITLE) {
                int start = i + 1;
                typeOf(title).ifPresent(type -> out.add(new Mention(start, close, title, type, 0.9, name())));
            }
            i = text.indexOf('《', close);
        }
        return out;
    }

    /**
     * The type the title's head word gives, after a trailing (试行), (2020-2022年) or year is set
     * aside; empty for titles with no head (articles, programmes, books: 《新闻联播》).
     */
    Optional<EntityType> typeOf(String title) {
        String t = title.replaceAll("[(（][^()（）]*[)）]$", "")
                .replaceAll("[0-9]{4}(年)?(\\s*[-—~至到]\\s*[0-9]{4}年?)?$", "").strip();
        if (t.contains("——") || t.contains("--")) return Optional.empty();
        Optional<HeadWords.Head> h = heads.headOf(t);
        // a long title with no head word is still a document; a short one is a programme or a book (《新闻联播》)
        if (h.isEmpty()) return t.length() >= LONG_UNHEADED_TITLE ? Optional.of(EntityType.POLICY) : Optional.empty();
        EntityType type = h.get().type();
        // a titled document about a park or body is still a document
        if (type.isOrganization() && type != EntityType.OTHER_ORGANIZATION || type == EntityType.PARK || type == EntityType.PLACE) {
            return Optional.of(EntityType.POLICY);
        }
        return Optional.of(type);
    }

    /** The matching 》, allowing nested 《》, within one line. */
    private static int closing(String text, int open) {
        int depth = 0;
        for (int j = open; j < text.length() && j - open <= MAX_TITLE + 2; j++) {
            char c = text.charAt(j);
            if (c == '\n') return -1;
            if (c == '《') depth++;
            else if (c == '》' && --depth == 0) return j;
        }
        return -1;
    }
}

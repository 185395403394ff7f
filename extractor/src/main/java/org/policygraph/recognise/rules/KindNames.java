package org.policygraph.recognise.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.Mention;
import org.policygraph.recognise.Token;

/**
 * Tells a kind of thing from a name, whichever recogniser proposed it: a head word alone
 * (开发区, 示范区, 人民政府), a head with only generic modifiers (老旧小区, 省级政府), a unit with only a rank
 * (大省, 小城镇, 中心镇, even where the segmenter keeps it one word), or a
 * government not named by its place (代表省人民政府, 全口径政府: the words before 省 are no place).
 * Titles written in 《》 are exempt (《规划》 after a plan is that plan), and so are the gazetteer's names.
 */
final class KindNames {
    /** Administrative units, the heads of place names that {@link HeadWords} leaves to the segmenter. */
    private static final List<String> PLACE_UNITS = List.of("城镇", "省", "市", "县", "镇", "乡", "村");

    private final HeadWords running = HeadWords.forRunningText();
    private final Set<String> headWords = new HashSet<>();

    KindNames() {
        for (HeadWords.Head h : running.heads()) headWords.add(h.word());
        for (HeadWords.Head h : HeadWords.forTitles().heads()) headWords.add(h.word());
        headWords.addAll(PLACE_UNITS);
    }

    boolean isKind(Mention m, AnalysedText at) {
        if (m.text().indexOf('《') >= 0 || m.recogniser().equals("gazetteer")) return false;
        String name = m.surface();
        if (headWords.contains(name)) return true;
        Optional<String> head = headOf(name);
        if (head.isEmpty() || !m.text().endsWith(head.get())) return false;
        int headStart = m.end() - head.get().length();
        if (PLACE_UNITS.contains(head.get()) && GenericWords.isRank(at.text().substring(m.start(), headStart))) return true;
        if (headStart <= m.start() || at.tokenStartingAt(headStart) < 0) return false; // the head is inside a word: 新乡, 中关村
        List<Token> modifier = at.tokensIn(m.start(), headStart);
        if (isGovernment(m, head.get()) && !allPlaces(modifier, m.start(), headStart)) return true;
        return allGeneric(at, modifier, m.start(), headStart);
    }

    private Optional<String> headOf(String name) {
        Optional<String> h = running.headOf(name).map(HeadWords.Head::word);
        if (h.isPresent()) return h;
        return PLACE_UNITS.stream().filter(name::endsWith).findFirst();
    }

    private static boolean isGovernment(Mention m, String head) {
        return m.type() == EntityType.GOVERNMENT_BODY && (head.equals("政府") || head.equals("人民政府"));
    }

    /** A government is named by its place: 河南省, 海淀区, or the level alone (省人民政府). */
    private static boolean allPlaces(List<Token> modifier, int start, int headStart) {
        for (Token t : modifier) {
            if (t.start() < start || t.end() > headStart) return false;
            boolean place = t.posStartsWith("ns") || PlaceBodies.LEVELS.contains(t.word()) || t.word().equals("中共");
            if (!place) return false;
        }
        return !modifier.isEmpty();
    }

    /** Every word before the head is generic (重点, 各类, 老旧), a distinguishing word (省级, 高效), or it is one adjective (大省). */
    private static boolean allGeneric(AnalysedText at, List<Token> modifier, int start, int headStart) {
        if (modifier.size() == 1 && modifier.get(0).start() == start && modifier.get(0).end() == headStart
                && modifier.get(0).word().length() == 1 && modifier.get(0).posStartsWith("a")) return true;
        boolean any = false;
        for (Token t : modifier) {
            int s = Math.max(t.start(), start), e = Math.min(t.end(), headStart);
            if (s >= e || t.posStartsWith("w")) continue;
            String part = at.text().substring(s, e);
            boolean generic = GenericWords.isEmptyModifier(part) || GenericWords.isTwoEmptyModifiers(part)
                    || t.posStartsWith("b") && part.length() >= 2 && part.equals(t.word());
            if (!generic) return false;
            any = true;
        }
        return any;
    }
}

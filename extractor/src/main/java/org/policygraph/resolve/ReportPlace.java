package org.policygraph.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.Mention;
import org.policygraph.recognise.gazetteer.Gazetteer;
import org.policygraph.recognise.gazetteer.GazetteerEntry;
import org.policygraph.structure.ReportMetadata;

/**
 * The place a report speaks for, whose bodies its bare 省委, 市政府, 区人大 are: 河南省 for Henan's
 * government work report, 北京市 for a Beijing commission's. Read from the authoring body the
 * metadata names ({@code 河南省人民政府}, {@code 北京市科学技术委员会}), and failing that from the
 * text: the level its 全省/本市/我区 give, and the place of that level it names most.
 *
 * @param name   the place's full name, as bodies are named after it: 河南省, 广西壮族自治区, 北京市海淀区
 * @param level  its administrative level, the word its bodies are named with: 省, 自治区, 市, 区, 县
 * @param parent the place it lies in where its name says so (北京市 for 北京市海淀区)
 */
public record ReportPlace(String name, String level, Optional<ReportPlace> parent) {
    /** Levels from the widest; 自治区 before 区 so that a region is not read as a district. */
    static final List<String> LEVELS = List.of("特别行政区", "自治区", "省", "市", "区", "县");

    private static final Pattern GOVERNMENT = Pattern.compile("^(.+?)(?:人民政府|政府)$");
    /** One place segment: a name ending in its level (北京市, 海淀区, 广西壮族自治区). */
    private static final Pattern SEGMENT = Pattern.compile("\\p{IsHan}{2,10}?(?:特别行政区|自治区|省|市|区|县)");
    /** How a report speaks of its own place: 全省, 本市, 我区. */
    private static final Pattern SELF = Pattern.compile("(?:全|本|我)(省|市|区|县)");

    /** A place from its full name, with the parent its name holds; empty when the name ends in no level. */
    public static Optional<ReportPlace> named(String fullName) {
        Matcher m = SEGMENT.matcher(fullName);
        ReportPlace place = null;
        int at = 0;
        while (m.find() && m.start() == at) {
            String segment = fullName.substring(0, m.end());
            place = new ReportPlace(segment, levelOf(segment).orElseThrow(), Optional.ofNullable(place));
            at = m.end();
        }
        return at == fullName.length() ? Optional.ofNullable(place) : Optional.empty();
    }

    /**
     * The report's place: the place its author is the government of (河南省人民政府), or the known
     * place its author's name opens with (北京市科学技术委员会); else the most named place of the
     * level the text speaks of itself as.
     */
    public static Optional<ReportPlace> of(ReportMetadata metadata, String text, List<Mention> mentions, Gazetteer gazetteer) {
        Optional<ReportPlace> fromAuthor = metadata.creator().flatMap(c -> ofAuthor(c, gazetteer));
        return fromAuthor.isPresent() ? fromAuthor : fromText(text, mentions, gazetteer);
    }

    static Optional<ReportPlace> ofAuthor(String author, Gazetteer gazetteer) {
        Matcher g = GOVERNMENT.matcher(author);
        if (g.matches()) {
            Optional<ReportPlace> p = named(g.group(1));
            if (p.isPresent()) return p;
        }
        for (int len = Math.min(author.length() - 1, gazetteer.longestForm()); len >= 2; len--) {
            Optional<GazetteerEntry> e = gazetteer.lookup(author.substring(0, len));
            if (e.isPresent() && e.get().type() == EntityType.PLACE) {
                Optional<ReportPlace> p = named(e.get().canonicalName());
                if (p.isPresent()) return p;
            }
        }
        return Optional.empty();
    }

    /** The level the text names itself by most (全省, 本市), then the known place of that level its mentions name most. */
    static Optional<ReportPlace> fromText(String text, List<Mention> mentions, Gazetteer gazetteer) {
        Map<String, Integer> levels = new HashMap<>();
        Matcher s = SELF.matcher(text);
        while (s.find()) levels.merge(s.group(1), 1, Integer::sum);
        Optional<String> level = levels.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        if (level.isEmpty()) return Optional.empty();
        Map<String, Integer> places = new HashMap<>();
        for (Mention m : mentions) {
            Optional<GazetteerEntry> e = gazetteer.lookup(m.surface());
            if (e.isEmpty() || e.get().type() != EntityType.PLACE) continue;
            String name = e.get().canonicalName();
            if (levelOf(name).filter(l -> sameLevel(l, level.get())).isPresent()) places.merge(name, 1, Integer::sum);
        }
        return places.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .flatMap(p -> named(p.getKey()));
    }

    /** 全区 in an autonomous region's report is the region. */
    private static boolean sameLevel(String placeLevel, String selfLevel) {
        return placeLevel.equals(selfLevel) || placeLevel.equals("自治区") && selfLevel.equals("区");
    }

    static Optional<String> levelOf(String name) {
        for (String l : LEVELS) if (name.endsWith(l) && name.length() > l.length()) return Optional.of(l);
        return Optional.empty();
    }

    /** The province-level place this one lies in, or this one (北京市 for 海淀区). */
    public ReportPlace province() {
        return parent.map(ReportPlace::province).orElse(this);
    }

    /** This place or the one it lies in, whichever has the level asked for. */
    public Optional<ReportPlace> atLevel(String wanted) {
        if (level.equals(wanted)) return Optional.of(this);
        return parent.flatMap(p -> p.atLevel(wanted));
    }
}

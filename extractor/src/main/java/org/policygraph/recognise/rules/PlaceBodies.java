package org.policygraph.recognise.rules;

import static org.policygraph.recognise.EntityType.GOVERNMENT_BODY;
import static org.policygraph.recognise.EntityType.OTHER_ORGANIZATION;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policygraph.recognise.EntityType;

/**
 * The bodies every place has, named after it: a report names its own place's as 省委, 市政府,
 * 自治区人大常委会, 团省委, and their full names are built from the place's name by one rule each
 * (省委 of 河南省 is 中国共产党河南省委员会). The styles follow the gazetteer's Beijing entries.
 */
public final class PlaceBodies {
    /** A body named by its place's level and a short name, and how its full name is built ({@code {P}}: the place). */
    public record Body(String shortName, EntityType type, String template) {
        public String fullName(String place) {
            return template.replace("{P}", place);
        }
    }

    /** The people's organisations every place has, named with or without its level: 省妇联, 妇联. */
    private static final List<Body> PEOPLES_ORGANISATIONS = List.of(
            new Body("妇联", OTHER_ORGANIZATION, "{P}妇女联合会"),
            new Body("科协", OTHER_ORGANIZATION, "{P}科学技术协会"),
            new Body("工商联", OTHER_ORGANIZATION, "{P}工商业联合会"),
            new Body("残联", OTHER_ORGANIZATION, "{P}残疾人联合会"),
            new Body("侨联", OTHER_ORGANIZATION, "{P}归国华侨联合会"),
            new Body("文联", OTHER_ORGANIZATION, "{P}文学艺术界联合会"),
            new Body("社科联", OTHER_ORGANIZATION, "{P}社会科学界联合会"),
            new Body("红十字会", OTHER_ORGANIZATION, "{P}红十字会"));

    /** Party, state and mass organisations of a place, longest short name first. */
    private static final List<Body> BODIES = sorted(concat(List.of(
            new Body("委", GOVERNMENT_BODY, "中国共产党{P}委员会"),
            new Body("党委", GOVERNMENT_BODY, "中国共产党{P}委员会"),
            new Body("委常委会", GOVERNMENT_BODY, "中国共产党{P}委员会常务委员会"),
            new Body("党委常委会", GOVERNMENT_BODY, "中国共产党{P}委员会常务委员会"),
            new Body("委办公厅", GOVERNMENT_BODY, "中共{P}委办公厅"),
            new Body("纪委", GOVERNMENT_BODY, "中共{P}纪律检查委员会"),
            new Body("监委", GOVERNMENT_BODY, "{P}监察委员会"),
            new Body("政府", GOVERNMENT_BODY, "{P}人民政府"),
            new Body("人民政府", GOVERNMENT_BODY, "{P}人民政府"),
            new Body("政府办公厅", GOVERNMENT_BODY, "{P}人民政府办公厅"),
            new Body("人大", GOVERNMENT_BODY, "{P}人民代表大会"),
            new Body("人大常委会", GOVERNMENT_BODY, "{P}人民代表大会常务委员会"),
            new Body("政协", GOVERNMENT_BODY, "中国人民政治协商会议{P}委员会"),
            new Body("科委", GOVERNMENT_BODY, "{P}科学技术委员会"),
            new Body("科技厅", GOVERNMENT_BODY, "{P}科学技术厅"),
            new Body("科技局", GOVERNMENT_BODY, "{P}科学技术局"),
            new Body("发展改革委", GOVERNMENT_BODY, "{P}发展和改革委员会"),
            new Body("发改委", GOVERNMENT_BODY, "{P}发展和改革委员会"),
            new Body("国资委", GOVERNMENT_BODY, "{P}人民政府国有资产监督管理委员会"),
            new Body("总工会", OTHER_ORGANIZATION, "{P}总工会")), PEOPLES_ORGANISATIONS));

    /**
     * Bodies a report names without any level, as its own place's: 工会, 共青团, 妇联 (the people's
     * organisations a government work report thanks), 人大 and 政协.
     */
    private static final List<Body> OWN = sorted(concat(List.of(
            new Body("人大", GOVERNMENT_BODY, "{P}人民代表大会"),
            new Body("人大常委会", GOVERNMENT_BODY, "{P}人民代表大会常务委员会"),
            new Body("政协", GOVERNMENT_BODY, "中国人民政治协商会议{P}委员会"),
            new Body("工会", OTHER_ORGANIZATION, "{P}总工会"),
            new Body("共青团", OTHER_ORGANIZATION, "中国共产主义青年团{P}委员会"),
            new Body("计生协", OTHER_ORGANIZATION, "{P}计划生育协会"),
            new Body("关工委", OTHER_ORGANIZATION, "{P}关心下一代工作委员会")), PEOPLES_ORGANISATIONS));

    /** The youth league's committee is named with 团 before the level: 团省委, 团市委. */
    private static final Body YOUTH_LEAGUE = new Body("委", OTHER_ORGANIZATION, "中国共产主义青年团{P}委员会");

    /** The levels a body's short name opens with, widest first (自治区 before 区). */
    public static final List<String> LEVELS = List.of("自治区", "省", "市", "区", "县");

    private static final Pattern FORM = Pattern.compile("^(中共)?(团)?(" + String.join("|", LEVELS) + ")(.+)$");

    /**
     * A short name split into its level and body: 省委 is (省, the party committee), 团市委 (市, the
     * youth league), 中共省委 (省, the party committee).
     */
    public record Form(String level, Body body) {}

    private PlaceBodies() {}

    /** What a short name such as 省委 or 自治区人大常委会 names, if it is one. */
    public static Optional<Form> parse(String name) {
        Matcher m = FORM.matcher(name);
        if (!m.matches()) return Optional.empty();
        String rest = m.group(4);
        if (m.group(2) != null) return rest.equals("委") ? Optional.of(new Form(m.group(3), YOUTH_LEAGUE)) : Optional.empty();
        for (Body b : BODIES) {
            if (rest.equals(b.shortName())) return Optional.of(new Form(m.group(3), b));
        }
        return Optional.empty();
    }

    /** A body named without its level (工会, 政协): the report's own place's. */
    public static Optional<Body> own(String name) {
        return OWN.stream().filter(b -> b.shortName().equals(name)).findFirst();
    }

    /** The body named without a level that the text holds at {@code start}, longest first, or empty. */
    public static Optional<Body> ownAt(String text, int start) {
        return OWN.stream().filter(b -> text.startsWith(b.shortName(), start)).findFirst();
    }

    /** The body whose short name the text holds at {@code start} (without level), longest first, or empty. */
    public static Optional<Body> bodyAt(String text, int start) {
        for (Body b : BODIES) if (text.startsWith(b.shortName(), start)) return Optional.of(b);
        return Optional.empty();
    }

    /** The level word at {@code start}, or empty. */
    public static Optional<String> levelAt(String text, int start) {
        for (String l : LEVELS) if (text.startsWith(l, start)) return Optional.of(l);
        return Optional.empty();
    }

    private static List<Body> concat(List<Body> first, List<Body> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }

    private static List<Body> sorted(List<Body> bodies) {
        return bodies.stream().sorted(Comparator.comparingInt((Body b) -> b.shortName().length()).reversed()).toList();
    }
}

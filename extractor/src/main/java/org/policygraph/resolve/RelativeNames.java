package org.policygraph.resolve;

import java.util.Optional;
import java.util.Set;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.gazetteer.Gazetteer;
import org.policygraph.recognise.gazetteer.GazetteerEntry;
import org.policygraph.recognise.rules.PlaceBodies;

/**
 * Names whose referent depends on the report: 省委 in Henan's report is 中国共产党河南省委员会, in
 * Hebei's another body; 市科委 in a Beijing report is 北京市科学技术委员会. Such a name gets the full
 * name of the body of the report's own place ({@link ReportPlace}), built by {@link PlaceBodies}'
 * rule or, for the gazetteer's 市… short forms, by putting the report's place in for the one the
 * gazetteer wrote (Beijing). A body of a lower level (市委 in a provincial report: every city's) or
 * of a place the report does not say is no one entity, and is dropped. Other names opening with
 * the report's level (省物流集团, 自治区数据条例, 全省高质量发展大会) are that place's, and so is a
 * plan of the five-year series named without its place (十四五规划): a report's own plan.
 */
final class RelativeNames {
    /** What a name turned out to be. */
    sealed interface Result permits NotRelative, Unresolved, Resolved {}

    /** The name does not depend on the report. */
    record NotRelative() implements Result {}

    /** A body named relative to a place the report does not give: no entity. */
    record Unresolved() implements Result {}

    record Resolved(Entity entity) implements Result {}

    /** Words that open with a level without being its bodies (省级, 市场, 区域, 县城). */
    private static final Set<String> LEVEL_WORDS = Set.of(
            "省级", "省内", "省外", "省市", "省部", "省域", "省属", "省会", "省际", "省长", "省份", "省区", "省县", "省直",
            "市场", "市民", "市政", "市县", "市区", "市级", "市州", "市域", "市属", "市内", "市外", "市长", "市值", "市面", "市容", "市直",
            "区域", "区县", "区级", "区位", "区块", "区属", "区内", "区外", "区长", "区间", "区别", "区分", "区划", "区直",
            "县域", "县级", "县城", "县乡", "县区", "县长", "县市", "县直", "自治区级");

    /** 十四五规划, “十五五”规划纲要(草案): a place's plan when no place or issuer is written before it. */
    private static final java.util.regex.Pattern FIVE_YEAR_PLAN = java.util.regex.Pattern.compile(
            "^(十[一二三四五六七八九]五)(规划|规划纲要|规划建议|规划纲要[(（]?草案[)）]?)$");

    /**
     * The plan's title, 宁夏回族自治区国民经济和社会发展第十五个五年规划纲要(草案): the plan that 十五五规划
     * and 十五五规划纲要 name too, one entity however the report writes it (the proposal, 规划建议, is another).
     */
    private static final java.util.regex.Pattern FIVE_YEAR_PLAN_TITLE = java.util.regex.Pattern.compile(
            "^(.*?)国民经济和社会发展第十([一二三四五六七八九])个五年规划(?:和二〇三五年远景目标)?纲要(?:[(（]?草案[)）]?)?$");

    /** How a report names its own place before the plan's title. */
    private static final Set<String> OWN_PLACE_WORDS = Set.of("", "全省", "全市", "全区", "我省", "我市", "我区", "本省", "本市", "省", "市", "自治区");

    /** 纲要(草案) alone: the outline the government presents with its report, its own five-year plan. */
    private static final java.util.regex.Pattern DRAFT_OUTLINE = java.util.regex.Pattern.compile("^(规划)?纲要[(（]?草案[)）]?$");
    private static final String NUMERALS = "一二三四五六七八九";

    /**
     * The five-year plan a bare 纲要(草案) names in a report of that year, written as the series writes
     * it (十五五规划): the plans run 2006–2010 (the eleventh), 2011–2015 and so on, and their outlines
     * are presented in their first year.
     */
    static Optional<String> draftOutline(String form, java.util.OptionalInt year) {
        if (!DRAFT_OUTLINE.matcher(form).matches() || year.isEmpty() || year.getAsInt() < 2006) return Optional.empty();
        int plan = (year.getAsInt() - 2006) / 5 + 11;
        if (plan > 19) return Optional.empty();
        return Optional.of(planOfSeries(NUMERALS.charAt(plan - 11)));
    }

    /** The series' own name for its plan: 十五五规划 for the fifteenth (十 and 五 around the numeral). */
    private static String planOfSeries(char numeralAfterTen) {
        return "十" + numeralAfterTen + "五规划";
    }

    /** A province's free trade zone named without the province: every provincial report has its own. */
    private static final Set<String> OWN_FREE_TRADE_ZONE = Set.of("自贸试验区", "自由贸易试验区", "自贸区");

    private final Gazetteer gazetteer;

    RelativeNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Result resolve(String form, EntityType type, Optional<ReportPlace> place) {
        String bare = form.startsWith("中共") ? form.substring(2) : form;
        Optional<PlaceBodies.Body> own = PlaceBodies.own(form);
        if (own.isPresent()) {
            return place.<Result>map(p -> new Resolved(new Entity(own.get().type(), own.get().fullName(p.name())))).orElse(new Unresolved());
        }
        Optional<PlaceBodies.Form> body = PlaceBodies.parse(bare);
        if (body.isPresent()) {
            return at(place, body.get().level())
                    .<Result>map(p -> new Resolved(new Entity(body.get().body().type(), body.get().body().fullName(p.name()))))
                    .orElse(new Unresolved());
        }
        if (type == EntityType.POLICY) {
            java.util.regex.Matcher plan = FIVE_YEAR_PLAN.matcher(form);
            if (plan.matches()) {
                String name = plan.group(2).equals("规划建议") ? form : plan.group(1) + "规划";
                return place.<Result>map(p -> new Resolved(new Entity(type, p.name() + name))).orElse(new NotRelative());
            }
            java.util.regex.Matcher title = FIVE_YEAR_PLAN_TITLE.matcher(form);
            if (title.matches() && place.isPresent()
                    && (OWN_PLACE_WORDS.contains(title.group(1)) || title.group(1).equals(place.get().name()))) {
                return new Resolved(new Entity(type, place.get().name() + planOfSeries(title.group(2).charAt(0))));
            }
        }
        if (type == EntityType.PARK && OWN_FREE_TRADE_ZONE.contains(form)) {
            return place.map(p -> freeTradeZoneOf(p.province())).<Result>map(Resolved::new).orElse(new NotRelative());
        }
        Optional<String> level = leadingLevel(bare);
        Optional<GazetteerEntry> known = gazetteer.lookup(form);
        if (level.isEmpty()) {
            if (known.isPresent()) return new NotRelative();
            return withPlaceWritten(bare).<Result>map(Resolved::new).orElse(new NotRelative());
        }
        if (known.isPresent()) {
            Optional<String> home = homePlace(known.get().canonicalName(), level.get());
            if (home.isPresent()) {
                return at(place, level.get()).<Result>map(p -> new Resolved(new Entity(known.get().type(),
                        known.get().canonicalName().replace(home.get(), p.name())))).orElse(new Unresolved());
            }
            return new NotRelative();
        }
        // other names opening with the report's own level: 省物流集团, 全省高质量发展大会
        if (type == EntityType.PLACE || place.isEmpty() || !sameLevel(place.get().level(), level.get())) return new NotRelative();
        String rest = bare.substring(bare.indexOf(level.get()) + level.get().length());
        return rest.length() < 2 ? new NotRelative() : new Resolved(new Entity(type, place.get().name() + rest));
    }

    /**
     * 中国（福建）自由贸易试验区: the gazetteer's name for the province's zone, or one written the way it
     * writes them, with the province's shortest name in the gazetteer (福建, 广西).
     */
    private Entity freeTradeZoneOf(ReportPlace province) {
        String shortName = gazetteer.lookup(province.name()).stream().flatMap(g -> g.aliases().stream())
                .min(java.util.Comparator.comparingInt(String::length)).orElse(province.name());
        return gazetteer.lookup(shortName + "自贸试验区")
                .map(g -> new Entity(g.type(), g.canonicalName()))
                .orElse(new Entity(EntityType.PARK, "中国（" + shortName + "）自由贸易试验区"));
    }

    /** 中共河南省委, 河南省人大常委会: a body of the place its name gives, whatever the report. */
    private Optional<Entity> withPlaceWritten(String name) {
        for (int len = name.length() - 1; len >= 3; len--) {
            String prefix = name.substring(0, len);
            Optional<String> level = ReportPlace.levelOf(prefix);
            if (level.isEmpty()) continue;
            Optional<GazetteerEntry> g = gazetteer.lookup(prefix);
            if (g.isEmpty() || g.get().type() != EntityType.PLACE) continue;
            Optional<PlaceBodies.Form> body = PlaceBodies.parse(level.get() + name.substring(len));
            Optional<ReportPlace> place = ReportPlace.named(g.get().canonicalName());
            if (body.isPresent() && place.isPresent()) {
                return Optional.of(new Entity(body.get().body().type(), body.get().body().fullName(place.get().name())));
            }
        }
        return Optional.empty();
    }

    /** The level a name opens with (省物流集团, 全省…), unless the opening is an ordinary word (省级, 市场). */
    private static Optional<String> leadingLevel(String name) {
        String n = name.startsWith("全") ? name.substring(1) : name;
        Optional<String> level = PlaceBodies.levelAt(n, 0);
        if (level.isEmpty()) return Optional.empty();
        for (String w : LEVEL_WORDS) if (n.startsWith(w)) return Optional.empty();
        return level;
    }

    /** The place of that level that a gazetteer canonical name was written for: 北京市 in 北京市科学技术委员会. */
    private Optional<String> homePlace(String canonical, String level) {
        for (int i = 0; i < canonical.length(); i++) {
            for (int len = Math.min(gazetteer.longestForm(), canonical.length() - i); len > level.length(); len--) {
                String part = canonical.substring(i, i + len);
                if (!part.endsWith(level)) continue;
                Optional<GazetteerEntry> g = gazetteer.lookup(part);
                if (g.isPresent() && g.get().type() == EntityType.PLACE && g.get().canonicalName().equals(part)) return Optional.of(part);
            }
        }
        return Optional.empty();
    }

    /** The report's place, or the one it lies in, at the level a name gives. */
    private static Optional<ReportPlace> at(Optional<ReportPlace> place, String level) {
        if (place.isEmpty()) return Optional.empty();
        Optional<ReportPlace> p = place.get().atLevel(level);
        if (p.isEmpty() && level.equals("区") && place.get().level().equals("自治区")) return place;
        return p;
    }

    private static boolean sameLevel(String placeLevel, String nameLevel) {
        return placeLevel.equals(nameLevel) || placeLevel.equals("自治区") && nameLevel.equals("区");
    }
}

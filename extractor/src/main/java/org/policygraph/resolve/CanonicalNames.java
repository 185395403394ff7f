package org.policygraph.resolve;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policygraph.recognise.EntityType;

/**
 * The canonical name of a programme, policy or event that no gazetteer knows: the name without the
 * words reports add to it or leave off at will, so that every report's wording gets one IRI.
 * 扫黑除恶斗争 and 扫黑除恶, 人工智能+行动 and 人工智能+, 安全生产治本攻坚三年行动 and
 * 安全生产治本攻坚行动, 新一轮找矿突破战略行动 and 找矿突破战略行动, 消费品以旧换新政策 and
 * 消费品以旧换新 are each one thing. Only words that never tell two things apart come off (not
 * 工程: a works is not the campaign of the same words), and never so much that less than a
 * four-character name is left; other types keep their names.
 */
final class CanonicalNames {
    /** Leading words saying which round or era, per type. */
    private static final Map<EntityType, List<String>> PREFIXES = Map.of(
            EntityType.PROJECT, List.of("新一轮", "新时代"),
            EntityType.POLICY, List.of("新一轮", "新时代"),
            EntityType.EVENT, List.of("学习贯彻"));
    /** Trailing words saying what kind of thing, longest first, per type. */
    private static final Map<EntityType, List<String>> SUFFIXES = Map.of(
            EntityType.PROJECT, List.of("专项斗争", "专项行动", "斗争", "行动"),
            EntityType.POLICY, List.of("政策", "战略"));
    /** How long a campaign runs: 三年行动 and 行动 name the same campaign. */
    private static final Pattern DURATION = Pattern.compile("[一二三四五六七八九十0-9]+年行动$");
    /** A national census: 第四次全国农业普查 is 第四次农业普查. */
    private static final Pattern CENSUS = Pattern.compile("^(第[一二三四五六七八九十0-9]+次)全国(.+普查)$");
    private static final int SHORTEST = 4;

    private CanonicalNames() {}

    static String of(EntityType type, String name) {
        String n = name;
        for (String p : PREFIXES.getOrDefault(type, List.of())) {
            if (n.startsWith(p) && n.length() - p.length() >= SHORTEST) n = n.substring(p.length());
        }
        if (type == EntityType.PROJECT) n = withoutDuration(n);
        for (String s : SUFFIXES.getOrDefault(type, List.of())) {
            if (n.endsWith(s) && n.length() - s.length() >= SHORTEST) {
                n = n.substring(0, n.length() - s.length());
                break;
            }
        }
        if (type == EntityType.EVENT) {
            Matcher c = CENSUS.matcher(n);
            if (c.matches()) n = c.group(1) + c.group(2);
        }
        return n;
    }

    private static String withoutDuration(String n) {
        Matcher d = DURATION.matcher(n);
        if (d.find() && d.start() >= SHORTEST) return n.substring(0, d.start()) + "行动";
        return n;
    }
}

package org.policygraph.resolve;

import java.util.List;

/**
 * Whether one name is a short form of another of the same type, as Chinese abbreviations are
 * made: characters kept in order from the full name, the first and last kept (北科院 for
 * 北京科学技术研究院, 中关村示范区 for 中关村国家自主创新示范区), possibly after dropping a
 * place prefix (海淀区政府 for 北京市海淀区人民政府).
 */
public final class Abbreviations {
    private static final List<String> DROPPABLE_PREFIXES = List.of("北京市", "北京", "中国", "国家", "中关村", "首都", "关于");
    private static final java.util.regex.Pattern NUMERALS = java.util.regex.Pattern.compile("[0-9一二三四五六七八九十百千零〇]+");

    private Abbreviations() {}

    /** Words a full name adds to its short form without changing what it names (联想创投集团, 沙河高教园区). */
    private static final List<String> LEGAL_TAILS = List.of("股份有限公司", "集团有限公司", "有限责任公司", "有限公司", "集团公司",
            "集团", "公司", "科技", "区");

    public static boolean isShortFormOf(String shortName, String fullName) {
        if (shortName.length() >= 2 && fullName.startsWith(shortName)) {
            String tail = fullName.substring(shortName.length());
            if (LEGAL_TAILS.contains(tail) && (!tail.equals("区") || shortName.endsWith("园"))) return true;
        }
        if (shortName.length() < 3 || shortName.length() >= fullName.length()) return false;
        if (isSiteWithinPark(shortName, fullName)) return true;
        // 第二十次…会 is not short for 第二十一次…会: the numbers must agree
        if (!numerals(shortName).isEmpty() && !numerals(shortName).equals(numerals(fullName))) return false;
        if (shortName.charAt(shortName.length() - 1) != fullName.charAt(fullName.length() - 1)) return false;
        if (matches(shortName, fullName)) return true;
        for (String p : DROPPABLE_PREFIXES) {
            if (!fullName.startsWith(p)) continue;
            String rest = fullName.substring(p.length());
            // only a whole prefix comes off: 北京市海淀区… loses 北京市, never just 北京
            if (!shortName.startsWith(p) && !rest.isEmpty() && "市省区县".indexOf(rest.charAt(0)) < 0 && matches(shortName, rest)) return true;
            return false;
        }
        return false;
    }

    /**
     * A site named again without the park it lies in: 石墨烯种子基地 for
     * 中关村房山新材料产业园石墨烯种子基地. The dropped front must itself be a park or place.
     */
    private static boolean isSiteWithinPark(String shortName, String fullName) {
        if (shortName.length() < MIN_SITE || !fullName.endsWith(shortName)) return false;
        String front = fullName.substring(0, fullName.length() - shortName.length());
        return front.length() >= 3 && "园区城市县镇".indexOf(front.charAt(front.length() - 1)) >= 0;
    }

    private static final int MIN_SITE = 5;

    /** The numbers a name cites, in order, Arabic or Chinese. */
    static List<String> numerals(String s) {
        List<String> out = new java.util.ArrayList<>();
        var m = NUMERALS.matcher(s);
        while (m.find()) out.add(m.group());
        return out;
    }

    private static boolean matches(String s, String full) {
        if (full.isEmpty() || s.charAt(0) != full.charAt(0)) return false;
        int j = 0;
        for (int i = 0; i < full.length() && j < s.length(); i++) {
            if (full.charAt(i) == s.charAt(j)) j++;
        }
        return j == s.length();
    }
}

package org.policygraph.resolve;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policygraph.recognise.Mention;

/**
 * Reads a report's own abbreviation definitions: {@code 中关村科技园区管理委员会(以下简称“中关村管委会”)}
 * binds the short form to the name just before the bracket, for the rest of the report.
 */
public final class AbbreviationDefinitions {
    private static final Pattern DEFINITION = Pattern.compile(
            "[(（][^()（）]{0,40}?(?:以下简称|以下称|下称|简称)[:：]?[“\"《]?([^”\"》()（）,，;；、]{2,20})[”\"》]?[)）]");

    /** A short form in brackets right after a name: 北京航天动力研究所(航天十一所). */
    private static final Pattern BRACKETED_SHORT_FORM = Pattern.compile("[(（](\\p{IsHan}{2,10})[)）]");

    /** Alias → the mention of the full name it abbreviates. */
    public Map<String, Mention> find(String text, List<Mention> mentions) {
        Map<String, Mention> out = new LinkedHashMap<>();
        Map<Integer, Integer> firstEndingAt = firstEndingAt(mentions);
        Matcher m = DEFINITION.matcher(text);
        while (m.find()) {
            Mention full = mentionEndingAt(mentions, firstEndingAt, m.start());
            String alias = m.group(1).strip();
            if (full != null && !alias.equals(full.text()) && !out.containsKey(alias)) out.put(alias, full);
        }
        Matcher b = BRACKETED_SHORT_FORM.matcher(text);
        while (b.find()) {
            Mention full = mentionEndingAt(mentions, firstEndingAt, b.start());
            String alias = b.group(1);
            if (full != null && full.end() == b.start() && looksLikeShortFormOf(alias, full.surface()) && !out.containsKey(alias)) {
                out.put(alias, full);
            }
        }
        return out;
    }

    /** A bracketed note is a short form when it keeps the full name's last character and at least one other (航天十一所). */
    private static boolean looksLikeShortFormOf(String alias, String full) {
        if (alias.length() >= full.length() || alias.charAt(alias.length() - 1) != full.charAt(full.length() - 1)) return false;
        int shared = 0;
        for (int i = 0; i < alias.length() - 1; i++) if (full.indexOf(alias.charAt(i)) >= 0) shared++;
        return shared >= 1;
    }

    /** The first mention (in list order) that ends right before the bracket, allowing a closing quote or 》 between. */
    private static Mention mentionEndingAt(List<Mention> mentions, Map<Integer, Integer> firstEndingAt, int bracket) {
        int a = firstEndingAt.getOrDefault(bracket, Integer.MAX_VALUE), b = firstEndingAt.getOrDefault(bracket - 1, Integer.MAX_VALUE);
        int first = Math.min(a, b);
        return first == Integer.MAX_VALUE ? null : mentions.get(first);
    }

    /** For each end offset, the index of the first mention ending there: one pass, where a pass per bracket would be quadratic. */
    private static Map<Integer, Integer> firstEndingAt(List<Mention> mentions) {
        Map<Integer, Integer> first = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) first.putIfAbsent(mentions.get(i).end(), i);
        return first;
    }
}

package org.policygraph.relate.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.Token;

/**
 * Quantities: an Arabic number, an optional 余/多 (“more than”), an optional magnitude
 * (万, 亿, 万亿, expanded into the value) and a unit or measure word, then, for counts, the noun
 * counted: {@code 400家企业} → 400 家 企业; {@code 4.784万亿元} → 4784000000000 元;
 * {@code 12.5%} → 12.5 %. Ordinals ({@code 第5}) and numbers without a unit are not quantities:
 * a bare number says nothing an analyst can read.
 */
public final class QuantityRecogniser {
    /** Units longest first, so that 平方公里 wins over 公里 and 个百分点 over 个. */
    private static final List<String> UNITS = List.of(
            "个百分点", "平方公里", "平方米", "个月", "家次", "人次", "场次", "公顷", "公里", "千米", "美元", "亿元", "万元", "元",
            "亩", "米", "吨", "家", "个", "项", "名", "位", "人", "所", "场", "次", "批", "条", "件", "台", "套", "篇", "部",
            "户", "支", "座", "种", "款", "类", "期", "倍", "%", "％");
    /** Units that measure rather than count: nothing follows them that they count. */
    private static final Set<String> MEASURES = Set.of("个百分点", "平方公里", "平方米", "个月", "公顷", "公里", "千米",
            "美元", "元", "亩", "米", "吨", "倍", "%");
    private static final Map<String, BigDecimal> MAGNITUDES = Map.of(
            "万亿", new BigDecimal("1000000000000"), "亿", new BigDecimal("100000000"), "万", new BigDecimal("10000"),
            "千", new BigDecimal("1000"));
    private static final Pattern QUANTITY = Pattern.compile(
            "(?<![\\d.第A-Za-z])(?<n>\\d+(?:,\\d{3})*(?:\\.\\d+)?)(?<about>余|多)?(?<mag>万亿|亿|万|千)?(?<unit>"
                    + String.join("|", UNITS.stream().map(Pattern::quote).toList()) + ")");
    private static final int MAX_PHRASE_TOKENS = 8;
    private static final Set<String> COORDINATORS = Set.of("及", "和", "或", "以及");
    /** Nouns about something else that follow what is counted: 企业需求, 单位意见, 项目协议书. */
    private static final Set<String> OF_NOUNS = Set.of("意见", "情况", "需求", "意向", "建议", "协议书", "协议", "清单", "名单",
            "申报", "问题", "资质", "诉求", "材料", "信息", "报告", "数据");

    /** A quantity found in the text: [start, end) in the analysed text. */
    public record Found(int start, int end, String text, BigDecimal value, String unit, Optional<String> counts) {}

    /** Quantities inside [from, to) of the analysed text. */
    public List<Found> find(AnalysedText analysed, int from, int to) {
        List<Found> found = new ArrayList<>();
        Matcher m = QUANTITY.matcher(analysed.text()).region(from, to);
        m.useTransparentBounds(true); // the lookbehind sees the text before the sentence
        while (m.find()) {
            BigDecimal value = new BigDecimal(m.group("n").replace(",", ""));
            String unit = m.group("unit").equals("％") ? "%" : m.group("unit");
            String mag = m.group("mag");
            if (unit.equals("亿元") || unit.equals("万元")) { // the magnitude is written inside the unit
                mag = mag == null ? unit.substring(0, 1) : mag + unit.charAt(0);
                unit = "元";
            }
            if (mag != null) {
                BigDecimal factor = MAGNITUDES.get(mag);
                if (factor == null) factor = MAGNITUDES.get(mag.substring(0, 1)).multiply(MAGNITUDES.get(mag.substring(1)));
                value = value.multiply(factor);
            }
            int start = m.start(), end = m.end();
            Optional<String> counts = Optional.empty();
            if (!MEASURES.contains(unit)) {
                Optional<Token> head = countedHead(analysed, end, to);
                Optional<Token> noun = head.isPresent() ? head : countedBefore(analysed, start, from);
                if (noun.isPresent()) {
                    counts = Optional.of(head.isPresent() && coordinated(analysed, end, head.get().start())
                            ? analysed.text().substring(end, head.get().end()) // 161家企业或产业联盟 counts both
                            : noun.get().word());
                    start = Math.min(start, noun.get().start());
                    end = Math.max(end, noun.get().end());
                }
            }
            found.add(new Found(start, end, analysed.text().substring(start, end), value.stripTrailingZeros(), unit, counts));
        }
        return found;
    }

    /**
     * The noun the quantity counts: the head (last noun) of the noun phrase right after the unit,
     * so {@code 28家国家技术创新示范企业} counts 企业 and {@code 8家企业协调解决问题} counts 企业. A verb
     * belongs to the phrase only as a modifier, right before a noun; a one-character head only
     * when the phrase ends there ({@code 4个区新建}, not {@code 5场线上}).
     */
    private static Optional<Token> countedHead(AnalysedText analysed, int unitEnd, int limit) {
        List<Token> tokens = analysed.tokens();
        int i = analysed.tokenStartingAt(unitEnd);
        if (i < 0) return Optional.empty();
        Token head = null;
        for (int n = 0; n < MAX_PHRASE_TOKENS && i < tokens.size(); n++, i++) {
            Token t = tokens.get(i);
            if (t.end() > limit) break;
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (isNoun(t)) {
                if (head != null && OF_NOUNS.contains(t.word())) break; // 11家单位意见 counts 单位, not 意见
                head = t;
            } else if (!(isModifier(t) && next != null && (isNoun(next) || isModifier(next)))) break;
        }
        if (head == null) return Optional.empty();
        if (head.word().length() == 1) {
            int h = analysed.tokenStartingAt(head.start());
            Token after = h + 1 < tokens.size() ? tokens.get(h + 1) : null;
            if (after != null && !(after.posStartsWith("w") || after.posStartsWith("v") || after.posStartsWith("c") || after.posStartsWith("u"))) {
                return Optional.empty();
            }
        }
        return Optional.of(head);
    }

    private static boolean coordinated(AnalysedText analysed, int from, int to) {
        return analysed.tokensIn(from, to).stream().anyMatch(t -> t.posStartsWith("c") && COORDINATORS.contains(t.word()));
    }

    /** The noun right before the number when the count follows it: {@code 重点任务240项} counts 任务. */
    private static Optional<Token> countedBefore(AnalysedText analysed, int numberStart, int limit) {
        if (numberStart <= limit) return Optional.empty();
        int i = analysed.tokenAt(numberStart - 1);
        if (i < 0) return Optional.empty();
        Token t = analysed.tokens().get(i);
        boolean counted = t.end() == numberStart && t.start() >= limit && isNoun(t) && t.word().length() > 1 && !OF_NOUNS.contains(t.word());
        // only the end of a noun phrase (新闻发布会10次), not a word that opens a clause (,组织40余场次)
        Token before = i > 0 ? analysed.tokens().get(i - 1) : null;
        boolean inPhrase = before != null && before.start() >= limit && isModifier(before) && !before.posStartsWith("c");
        return counted && inPhrase ? Optional.of(t) : Optional.empty();
    }

    /** A noun that can head what is counted: a common noun, not a name or a foreign string. */
    private static boolean isNoun(Token t) {
        String pos = t.pos();
        return pos != null && pos.startsWith("n") && !pos.startsWith("nr") && !pos.equals("ns") && !pos.equals("nt") && !pos.equals("nx");
    }

    /**
     * Words that can stand inside a noun phrase before its head: names, verbal nouns, distinguishing
     * adjectives, intransitive verbs used attributively ({@code 创新中心}) and the 及/或 of coordinated
     * nouns; a transitive verb ({@code 完成}) starts the predicate instead.
     */
    private static boolean isModifier(Token t) {
        String pos = t.pos();
        return pos != null && (pos.startsWith("n") || pos.equals("vn") || pos.equals("b") || pos.equals("vi")
                || (pos.startsWith("c") && COORDINATORS.contains(t.word())));
    }
}

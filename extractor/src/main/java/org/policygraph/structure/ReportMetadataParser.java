package org.policygraph.structure;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a report's title, date and author from where reports state them: the lines before the
 * first heading (title line, {@code ——2026年2月5日在…会议上}, the issuing body) and a signature
 * at the end (the body's name over a date). A government work report is delivered for the
 * people's government of the place it names, which is then its author.
 */
final class ReportMetadataParser {
    /** How far the front matter may reach when a report has no heading, or its first heading comes late. */
    private static final int FRONT_LINES = 12;
    private static final int SIGNATURE_LINES = 4;
    private static final int MAX_TITLE = 60;
    private static final int MAX_BODY_NAME = 30;

    private static final Pattern TITLE_WORD = Pattern.compile("(报告|总结|要点|计划|规划|方案|意见|通知|汇报|纲要|情况)$");
    private static final Pattern BODY_NAME = Pattern.compile(
            "^[\\p{IsHan}()]{2,28}(人民政府|政府|委员会|管委会|领导小组|办公厅|办公室|委|局|厅|部|院|中心|研究所)$");
    private static final Pattern GOVERNMENT_REPORT = Pattern.compile("^(?:[0-9]{4}年)?(.{2,14}?(?:省|市|自治区|特别行政区|区|县|州|盟|旗))(?:人民)?政府工作报告");
    private static final Pattern PLACE_OF_MEETING = Pattern.compile("在(.{2,14}?(?:省|市|自治区|特别行政区|区|县|州|盟|旗))(?:第|人民代表大会)");
    private static final Pattern PLACE_OF_OFFICE = Pattern.compile("^(.{2,14}?(?:省|市|自治区|特别行政区|区|县|州|盟|旗))(?:省长|市长|主席|区长|县长|州长)");

    private static final String CN_DIGITS = "〇一二三四五六七八九";
    private static final String CN_NUMBER = "[〇零一二三四五六七八九十]";
    private static final Pattern DAY = Pattern.compile("([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日");
    private static final Pattern CN_DAY = Pattern.compile("([〇零一二三四五六七八九]{4})年(" + CN_NUMBER + "{1,2})月(" + CN_NUMBER + "{1,3})日");
    private static final Pattern ISO_DAY = Pattern.compile("(?<![0-9])([0-9]{4})-([0-9]{2})-([0-9]{2})(?![0-9])");
    private static final Pattern MONTH = Pattern.compile("([0-9]{4})年([0-9]{1,2})月(?![0-9])");
    private static final Pattern YEAR = Pattern.compile("^([0-9]{4})年");

    /**
     * @param text              the cleaned text
     * @param firstHeadingStart where the first heading starts, or the text's length when there is none
     */
    ReportMetadata parse(String text, int firstHeadingStart) {
        List<String> front = text.substring(0, firstHeadingStart).lines().map(String::strip).filter(l -> !l.isEmpty())
                .limit(FRONT_LINES).toList();
        List<String> all = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> back = all.subList(Math.max(0, all.size() - SIGNATURE_LINES), all.size());

        Optional<String> title = front.stream().filter(ReportMetadataParser::isTitle).findFirst();
        Optional<StatedDate> date = signatureDate(back).or(() -> firstDate(front))
                .or(() -> title.flatMap(t -> match(YEAR, t).map(m -> new StatedDate(Integer.parseInt(m.group(1)), 0, 0))));
        Optional<String> creator = signatureBody(back)
                .or(() -> front.stream().filter(l -> BODY_NAME.matcher(l).matches()).findFirst())
                .or(() -> governmentOf(title, front));
        return new ReportMetadata(title, date, creator);
    }

    private static boolean isTitle(String line) {
        return line.length() <= MAX_TITLE && line.indexOf('。') < 0 && !line.startsWith("—") && TITLE_WORD.matcher(line).find();
    }

    /** A date alone on one of the last lines, under the signing body's name. */
    private static Optional<StatedDate> signatureDate(List<String> back) {
        for (String line : back) {
            Optional<StatedDate> d = dateIn(line);
            if (d.isPresent() && line.length() <= 16) return d;
        }
        return Optional.empty();
    }

    private static Optional<String> signatureBody(List<String> back) {
        for (int i = 1; i < back.size(); i++) {
            String body = back.get(i - 1);
            if (body.length() <= MAX_BODY_NAME && BODY_NAME.matcher(body).matches() && signatureDate(List.of(back.get(i))).isPresent()) {
                return Optional.of(body);
            }
        }
        return Optional.empty();
    }

    private static Optional<StatedDate> firstDate(List<String> lines) {
        for (String line : lines) {
            Optional<StatedDate> d = dateIn(line);
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    /** The people's government of the place the title, the meeting or the head of government names. */
    private static Optional<String> governmentOf(Optional<String> title, List<String> front) {
        Optional<String> place = title.flatMap(t -> match(GOVERNMENT_REPORT, t).map(m -> m.group(1)));
        if (place.isEmpty() && title.filter(t -> t.endsWith("政府工作报告")).isPresent()) {
            for (String line : front) {
                place = match(PLACE_OF_MEETING, line).or(() -> match(PLACE_OF_OFFICE, line)).map(m -> m.group(1));
                if (place.isPresent()) break;
            }
        }
        return place.map(p -> p + "人民政府");
    }

    static Optional<StatedDate> dateIn(String line) {
        Optional<Matcher> m = match(DAY, line).or(() -> match(ISO_DAY, line));
        if (m.isPresent()) return date(Integer.parseInt(m.get().group(1)), Integer.parseInt(m.get().group(2)), Integer.parseInt(m.get().group(3)));
        Optional<Matcher> cn = match(CN_DAY, line);
        if (cn.isPresent()) return date(cnDigits(cn.get().group(1)), cnNumber(cn.get().group(2)), cnNumber(cn.get().group(3)));
        return match(MONTH, line).flatMap(mm -> date(Integer.parseInt(mm.group(1)), Integer.parseInt(mm.group(2)), 0));
    }

    private static Optional<StatedDate> date(int year, int month, int day) {
        try {
            return Optional.of(new StatedDate(year, month, day));
        } catch (IllegalArgumentException notADate) {
            return Optional.empty();
        }
    }

    private static Optional<Matcher> match(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? Optional.of(m) : Optional.empty();
    }

    /** A year written digit by digit: 二〇二六. */
    private static int cnDigits(String s) {
        int n = 0;
        for (char c : s.toCharArray()) n = n * 10 + (c == '零' ? 0 : CN_DIGITS.indexOf(c));
        return n;
    }

    /** A month or day: 一, 十, 十二, 二十七. */
    private static int cnNumber(String s) {
        int ten = s.indexOf('十');
        if (ten < 0) return cnDigits(s);
        int tens = ten == 0 ? 1 : cnDigits(s.substring(0, ten));
        int ones = ten == s.length() - 1 ? 0 : cnDigits(s.substring(ten + 1));
        return tens * 10 + ones;
    }
}

package org.policygraph.recognise.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.Mention;
import org.policygraph.recognise.Recogniser;
import org.policygraph.recognise.Token;

/**
 * The bodies of a place named by its level ({@link PlaceBodies}): 省委, 省人大常委会, 团省委,
 * 自治区党委, and with the place written before them, 中共河南省委. The level must begin a word
 * (代表|省人民政府, not 全省|政府) and the body must end one (省委|书记), so that words such as
 * 省市县政府 are not read as names. The people's organisations and the congress a report names
 * without level (工会, 妇联, 政协) are found as words of their own. Which place a bare 省委 is, the
 * resolve stage says.
 */
public final class PlaceBodyRecogniser implements Recogniser {
    public static final String NAME = "place-body";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Mention> recognise(AnalysedText at) {
        String text = at.text();
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            boolean league = text.charAt(i) == '团';
            int levelStart = league ? i + 1 : i;
            Optional<String> level = PlaceBodies.levelAt(text, levelStart);
            if (level.isEmpty()) {
                Optional<PlaceBodies.Body> own = PlaceBodies.ownAt(text, i);
                if (own.isPresent() && isOwnWord(at, i, i + own.get().shortName().length())) {
                    int end = i + own.get().shortName().length();
                    out.add(new Mention(i, end, text.substring(i, end), own.get().type(), 0.8, NAME));
                    i = end - 1;
                }
                continue;
            }
            int bodyStart = levelStart + level.get().length();
            Optional<PlaceBodies.Body> body = PlaceBodies.bodyAt(text, bodyStart);
            if (body.isEmpty() || league && !body.get().shortName().equals("委")) continue;
            int end = bodyStart + body.get().shortName().length();
            if (!endsWord(at, end)) continue;
            int start = startOf(at, i, levelStart, level.get());
            if (start < 0) continue;
            if (start >= 2 && text.startsWith("中共", start - 2)) start -= 2;
            String name = text.substring(start, end);
            var type = PlaceBodies.parse(text.substring(i, end)).map(f -> f.body().type()).orElse(body.get().type());
            out.add(new Mention(start, end, name, type, 0.9, NAME));
            i = end - 1;
        }
        return out;
    }

    /**
     * Where the name begins: at the level (or 团) when that begins a word, at the place's name when
     * the level closes one (河南省|委); -1 when the level sits inside another word (全省, 市县).
     */
    private static int startOf(AnalysedText at, int first, int levelStart, String level) {
        // 市县政府, 省市县: levels listed together are every body of those levels
        if (first > 0 && "省市区县".indexOf(at.text().charAt(first - 1)) >= 0) return -1;
        int own = at.tokenStartingAt(first);
        if (own > 0) {
            Token before = at.tokens().get(own - 1);
            // 河南|省委: the place is written before the level
            return before.posStartsWith("ns") && before.end() == first && first == levelStart ? before.start() : first;
        }
        if (own == 0) return first;
        int k = at.tokenAt(levelStart);
        if (k < 0) return -1;
        Token t = at.tokens().get(k);
        boolean placeBefore = t.posStartsWith("ns") && t.word().length() > level.length() && t.word().endsWith(level)
                && t.end() == levelStart + level.length();
        return placeBefore && first == levelStart ? t.start() : -1;
    }

    /**
     * 工会, 政协 standing as words of their own, not after a place or a level (全国政协, 省总工会, 中华全国总工会
     * are other names) and not inside a longer word (人大代表).
     */
    private static boolean isOwnWord(AnalysedText at, int start, int end) {
        int k = at.tokenStartingAt(start);
        if (k < 0 || !endsWord(at, end)) return false;
        if (k == 0) return true;
        Token before = at.tokens().get(k - 1);
        String w = before.word();
        return !(before.posStartsWith("ns") || w.endsWith("全国") || w.endsWith("中国") || w.endsWith("中华")
                || PlaceBodies.LEVELS.stream().anyMatch(w::endsWith));
    }

    private static boolean endsWord(AnalysedText at, int end) {
        if (end >= at.text().length()) return true;
        int k = at.tokenAt(end - 1);
        return k >= 0 && at.tokens().get(k).end() == end;
    }
}

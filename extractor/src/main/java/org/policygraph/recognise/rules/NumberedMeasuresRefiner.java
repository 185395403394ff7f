package org.policygraph.recognise.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.Mention;
import org.policygraph.recognise.MentionRefiner;
import org.policygraph.recognise.Token;

/**
 * Packages of measures named by their count: 稳住经济增长“20条”, 支持中南部县城发展“19条”,
 * 优化营商环境58条改革举措, 稳经济30项举措. The name runs from the start of the clause (after the verb that issues
 * it: 出台, 制定实施) to the count and the word for measures after it. The tagger names the quoted
 * count alone or misses the package. A count neither quoted nor followed by such a word counts
 * things (航线15条), not measures.
 */
public final class NumberedMeasuresRefiner implements MentionRefiner {
    private static final Pattern COUNT = Pattern.compile(
            "(“)?(?<![0-9第])([0-9]{1,3}|[一二三四五六七八九十]{1,3})(条|项)(”)?(政策措施|政策举措|改革举措|升级举措|重点举措|提升举措|具体措施|措施|举措|政策|新政)?");
    private static final String CLAUSE_MARKS = "，。；：！？,;:!?（）()《》“”、\n ";
    /** Verbs that titles of measures begin with (支持…若干措施, 促进…条例): kept though they open clauses too. */
    private static final Set<String> TITLE_VERBS = Set.of("支持", "促进", "推动", "优化", "鼓励", "加快");
    private static final Set<String> ADVERBS = Set.of("深入", "扎实", "大力", "积极", "全面", "持续", "加力", "先后", "分别", "相继");
    private static final int MAX_MODIFIER = 20;

    @Override
    public List<Mention> refine(AnalysedText at, List<Mention> merged) {
        String text = at.text();
        List<Mention> out = new ArrayList<>();
        Matcher m = COUNT.matcher(text);
        while (m.find()) {
            boolean quoted = m.group(1) != null && m.group(4) != null;
            boolean measures = m.group(5) != null;
            // 项 counts works and tasks as often as measures (20项民生实事): only the word for measures makes it a package
            if (m.group(1) != null != (m.group(4) != null) || !(measures || quoted && m.group(3).equals("条"))) continue;
            int start = openingOfClause(at, text, m.start());
            if (start < 0) continue;
            out.add(new Mention(start, m.end(), text.substring(start, m.end()), EntityType.POLICY, 0.9, "numberedMeasures"));
        }
        return out;
    }

    /** Where the title before {@code end} begins, or -1 when what is there is no title (digits, a verb alone, too long). */
    private static int openingOfClause(AnalysedText at, String text, int end) {
        int start = end;
        while (start > 0 && CLAUSE_MARKS.indexOf(text.charAt(start - 1)) < 0 && end - start <= MAX_MODIFIER + 6) start--;
        if (start > 0 && CLAUSE_MARKS.indexOf(text.charAt(start - 1)) < 0) return -1;
        for (Token t : at.tokensIn(start, end)) {
            if (t.start() != start || t.end() > end) break;
            boolean opens = (VerbLexicon.opensClause(t.word()) && !TITLE_VERBS.contains(t.word())) || ADVERBS.contains(t.word());
            if (!opens) break;
            start = t.end();
        }
        if (end - start < 2 || end - start > MAX_MODIFIER) return -1;
        String title = text.substring(start, end);
        // 等 closes a list of what the measures hold (…试点等17项改革措施), not a title
        if (title.contains("等")) return -1;
        return title.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) ? start : -1;
    }
}

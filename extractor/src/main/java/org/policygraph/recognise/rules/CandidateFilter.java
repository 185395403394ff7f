package org.policygraph.recognise.rules;

import java.util.List;
import java.util.regex.Pattern;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.Mention;

/**
 * The last word on every candidate, whichever recogniser found it: phrases that read as names
 * but name kinds or pairs of things (市委市政府, 各分园, 一区多园, 党支部) are dropped, and so are
 * spans that run across punctuation, and so are the issuer codes of document numbers; with the
 * segmented text, so are kinds named by their head word ({@link KindNames}: 开发区, 老旧小区, 大省).
 * Every recogniser's candidates pass here, so a new recogniser needs no filter of its own.
 */
public final class CandidateFilter {
    private final KindNames kinds = new KindNames();

    /** Kinds and pairs: sub-parks in general, two bodies named together, party branches. */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            ".*(分园|多园|一园|各园)$|^(党支部|各党支部|委办局|党委|支部)$|(?s).*[,，;；。、:：!?！？\\n\\r].*|^[委报办局部处司厅].{0,3}(政府|委员会)$"
                    // asking for opinions is no document of opinions: 政策文本征求意见
                    + "|.*(征求|听取|提出|吸收|采纳)意见$");

    public boolean keep(Mention m) {
        String s = m.surface();
        return !NOT_A_NAME.matcher(s).matches() && !GenericWords.isPairOfBodies(s) && !GenericWords.isCommonWordWithHead(s);
    }

    public List<Mention> filter(List<Mention> candidates) {
        return candidates.stream().filter(this::keep).toList();
    }

    /** As {@link #filter(List)}, and drops the issuer codes that open document numbers (中科园发[2013]52号). */
    public List<Mention> filter(List<Mention> candidates, String text) {
        return candidates.stream().filter(m -> keep(m) && !DocumentNumbers.isIssuerCode(m, text)).toList();
    }

    /** As {@link #filter(List, String)}, and drops kinds that are no names (开发区, 城镇老旧小区, 代表省人民政府). */
    public List<Mention> filter(List<Mention> candidates, AnalysedText at) {
        return candidates.stream().filter(m -> keep(m) && !DocumentNumbers.isIssuerCode(m, at.text()) && !kinds.isKind(m, at)).toList();
    }
}

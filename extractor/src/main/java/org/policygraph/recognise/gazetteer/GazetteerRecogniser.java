package org.policygraph.recognise.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.Mention;
import org.policygraph.recognise.Recogniser;

/**
 * Finds every gazetteer form in the text, longest form first at each position. A short form
 * (two characters, such as 北京 or 河北) must sit on word boundaries, so 北京 inside 北京大学 is not
 * taken for the city when segmentation kept 北京大学 whole.
 */
public final class GazetteerRecogniser implements Recogniser {
    private final Gazetteer gazetteer;

    public GazetteerRecogniser(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return "gazetteer";
    }

    @Override
    public List<Mention> recognise(AnalysedText at) {
        String text = at.text();
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int found = 0;
            GazetteerEntry entry = null;
            for (int len = Math.min(gazetteer.longestForm(), text.length() - i); len >= 2; len--) {
                Optional<GazetteerEntry> e = gazetteer.lookup(text.substring(i, i + len));
                if (e.isPresent() && (len > 2 || onWordBoundaries(at, i, i + len)) && !continuesAsWord(text, i + len)) {
                    found = len;
                    entry = e.get();
                    break;
                }
            }
            if (entry != null) {
                out.add(new Mention(i, i + found, text.substring(i, i + found), entry.type(), 0.95, name()));
                i += found;
            } else {
                i++;
            }
        }
        return out;
    }

    /** 教育部门 is a kind of department, not 教育部; 银行业 an industry, not a bank. */
    private static boolean continuesAsWord(String text, int end) {
        if (end >= text.length()) return false;
        char last = text.charAt(end - 1), next = text.charAt(end);
        return last == '部' && next == '门' || last == '行' && next == '业' || last == '国' && (next == '内' || next == '外' || next == '际');
    }

    private static boolean onWordBoundaries(AnalysedText at, int start, int end) {
        int a = at.tokenAt(start), b = at.tokenAt(end - 1);
        return a >= 0 && b >= 0 && at.tokens().get(a).start() == start && at.tokens().get(b).end() == end;
    }
}

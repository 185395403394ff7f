package org.policygraph.recognise.gazetteer;

import java.util.ArrayList;
import java.util.List;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.Mention;
import org.policygraph.recognise.Recogniser;

/**
 * Finds every gazetteer form in the text, longest form first at each position, left to right,
 * in one pass of the gazetteer's automaton. A short form
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
        List<Gazetteer.Occurrence> found = gazetteer.occurrences(text);
        int next = 0; // where the text not yet covered by a mention begins
        for (int h = 0; h < found.size(); ) {
            int start = found.get(h).start();
            Gazetteer.Occurrence taken = null;
            // the occurrences starting here, longest first: the first that fits is taken
            for (; h < found.size() && found.get(h).start() == start; h++) {
                Gazetteer.Occurrence o = found.get(h);
                if (taken == null && start >= next && (o.length() > 2 || onWordBoundaries(at, o.start(), o.end()))
                        && !continuesAsWord(text, o.end())) {
                    taken = o;
                }
            }
            if (taken != null) {
                out.add(new Mention(taken.start(), taken.end(), text.substring(taken.start(), taken.end()), taken.entry().type(), 0.95, name()));
                next = taken.end();
            }
        }
        return out;
    }

    /** 教育部门 is a kind of department, not 教育部; 银行业 an industry, not a bank. */
    static boolean continuesAsWord(String text, int end) {
        if (end >= text.length()) return false;
        char last = text.charAt(end - 1), next = text.charAt(end);
        return last == '部' && next == '门' || last == '行' && next == '业' || last == '国' && (next == '内' || next == '外' || next == '际');
    }

    static boolean onWordBoundaries(AnalysedText at, int start, int end) {
        int a = at.tokenAt(start), b = at.tokenAt(end - 1);
        return a >= 0 && b >= 0 && at.tokens().get(a).start() == start && at.tokens().get(b).end() == end;
    }
}

package org.policygraph.recognise.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.Mention;
import org.policygraph.recognise.Recogniser;

/**
 * Names in quotation marks (“中关村论坛”, “科技冬奥”): taken when the quoted text ends with a head
 * word that gives a type. Quotes around slogans and generic phrases (“放管服”) give no head and no name.
 */
public final class QuotedNameRecogniser implements Recogniser {
    /** The recogniser name its mentions carry: later stages tell quoted names apart by it. */
    public static final String NAME = "quote";

    private static final int MAX = 40;
    private final HeadWords heads = HeadWords.forRunningText();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Mention> recognise(AnalysedText at) {
        String text = at.text();
        List<Mention> out = new ArrayList<>();
        for (int i = text.indexOf('“'); i >= 0; i = text.indexOf('“', i + 1)) {
            int close = text.indexOf('”', i + 1);
            if (close < 0 || close - i > MAX) continue;
            String inner = text.substring(i + 1, close);
            if (inner.indexOf('\n') >= 0 || inner.indexOf('“') >= 0) continue;
            Optional<HeadWords.Head> h = heads.headOf(inner);
            if (h.isEmpty() || inner.length() - h.get().word().length() < h.get().minModifier()) continue;
            out.add(new Mention(i + 1, close, inner, h.get().type(), 0.8, name()));
        }
        return out;
    }
}

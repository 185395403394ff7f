package org.policygraph.recognise.tagger;

/** A stretch of the text tagged as one sequence: a line, or a part of a very long line ending at a full stop. */
public record Sequence(int start, int end) {
    public int length() { return end - start; }

    /**
     * The sequences of a text: its lines, a line over 400 characters cut after a 。 once it passes
     * 200, so that one decoding never spans a whole run-on report (the segmenter cuts otherwise).
     */
    public static java.util.List<Sequence> of(String text) {
        java.util.List<Sequence> out = new java.util.ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int lineEnd = nl < 0 ? text.length() : nl;
            int s = start;
            while (s < lineEnd) {
                int e = lineEnd;
                if (e - s > 400) {
                    e = lineEnd;
                    for (int i = s + 200; i < lineEnd; i++) {
                        if (text.charAt(i) == '。') { e = i + 1; break; }
                    }
                }
                if (!text.substring(s, e).isBlank()) out.add(new Sequence(s, e));
                s = e;
            }
            start = lineEnd + 1;
        }
        return out;
    }
}

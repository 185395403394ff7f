package org.policygraph.structure;

import java.util.ArrayList;
import java.util.List;

/** Splits text into sentences at 。！？!? and line breaks, keeping closing quotes and brackets with their sentence. */
public final class SentenceSplitter {

    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(out, text, start, i);
                start = i + 1;
            } else if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?') {
                int end = i + 1;
                while (end < text.length() && isCloser(text.charAt(end))) end++;
                add(out, text, start, end);
                start = end;
                i = end - 1;
            }
            i++;
        }
        add(out, text, start, text.length());
        return out;
    }

    private static boolean isCloser(char c) {
        return c == '”' || c == '’' || c == '"' || c == ')' || c == '）' || c == '》' || c == '」';
    }

    private static void add(List<Sentence> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > start) out.add(new Sentence(out.size(), start, end));
    }
}

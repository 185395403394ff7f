package org.policygraph.rdf;

/**
 * Converts Java's UTF-16 indexes into Unicode code-point offsets, which the output contract
 * uses (SPARQL's SUBSTR counts code points). Differs only where the text holds characters
 * outside the Basic Multilingual Plane, such as rare CJK ideographs.
 */
final class CodePoints {
    private final int[] codePointAt;

    CodePoints(String text) {
        codePointAt = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            codePointAt[i] = cp;
            if (!Character.isLowSurrogate(text.charAt(i))) cp++;
            else codePointAt[i] = cp - 1;
        }
        codePointAt[text.length()] = cp;
    }

    int of(int utf16Index) {
        return codePointAt[utf16Index];
    }
}

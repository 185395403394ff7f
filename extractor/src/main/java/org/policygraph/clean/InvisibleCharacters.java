package org.policygraph.clean;

/**
 * Characters that take no room on the page: zero-width spaces and joiners, soft hyphens,
 * direction marks, a byte-order mark inside the text ({@link Character#FORMAT}), and the
 * variation selectors that may follow an ideograph. Web pages carry them (a CMS's markup, a
 * copy guard between the characters), and each one cuts the word it stands in for HanLP and
 * the tagger: they go.
 */
final class InvisibleCharacters {
    private InvisibleCharacters() {}

    static boolean isInvisible(char c) {
        return Character.getType(c) == Character.FORMAT || c >= '\uFE00' && c <= '\uFE0F';
    }

    /** The line without its invisible characters, or null when it has none. */
    static EditedLine without(String line) {
        int first = 0;
        while (first < line.length() && !isInvisible(line.charAt(first))) first++;
        if (first == line.length()) return null;
        boolean[] drop = new boolean[line.length()];
        for (int i = first; i < line.length(); i++) drop[i] = isInvisible(line.charAt(i));
        return EditedLine.dropping(line, drop);
    }
}

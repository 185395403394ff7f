package org.policygraph.clean;

/**
 * A line with some of its characters taken out, and for each character kept its index in the
 * line as it was before: what lets every character of the cleaned text keep its source offset.
 */
record EditedLine(String text, int[] positions) {

    /** This edit made after {@code before}: the positions then point into the line before either. */
    EditedLine after(EditedLine before) {
        int[] p = new int[positions.length];
        for (int i = 0; i < p.length; i++) p[i] = before.positions[positions[i]];
        return new EditedLine(text, p);
    }
}

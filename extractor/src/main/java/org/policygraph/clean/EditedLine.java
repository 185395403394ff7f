package org.policygraph.clean;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * A line with some of its characters taken out, and for each character kept its index in the
 * line as it was before: what lets every character of the cleaned text keep its source offset.
 */
record EditedLine(String text, int[] positions) {

    /** The line without the characters {@code drop} marks. */
    static EditedLine dropping(String line, boolean[] drop) {
        StringBuilder text = new StringBuilder(line.length());
        int[] positions = new int[line.length()];
        for (int i = 0; i < line.length(); i++) {
            if (drop[i]) continue;
            positions[text.length()] = i;
            text.append(line.charAt(i));
        }
        return new EditedLine(text.toString(), Arrays.copyOf(positions, text.length()));
    }

    /**
     * The line after each edit in turn (an edit gives null when it changes nothing), or null when
     * none changed it.
     */
    static EditedLine applying(List<Function<String, EditedLine>> edits, String line) {
        EditedLine edited = null;
        for (Function<String, EditedLine> edit : edits) {
            EditedLine next = edit.apply(edited == null ? line : edited.text());
            if (next != null) edited = edited == null ? next : next.after(edited);
        }
        return edited;
    }

    /** This edit made after {@code before}: the positions then point into the line before either. */
    EditedLine after(EditedLine before) {
        int[] p = new int[positions.length];
        for (int i = 0; i < p.length; i++) p[i] = before.positions[positions[i]];
        return new EditedLine(text, p);
    }
}

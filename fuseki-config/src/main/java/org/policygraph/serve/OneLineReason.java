package org.policygraph.serve;

/**
 * An error message made into the one line a client sees: the lines of the message joined, without
 * stack frames, without the list of expected tokens a JavaCC parser (SPARQL's, Lucene's) appends,
 * and without an echo of the client's own query.
 */
final class OneLineReason {
    static final int MAX_LENGTH = 500;

    private OneLineReason() {}

    static String of(String message) {
        return of(message, null);
    }

    /** The message with {@code echoed} (the query it quotes back, if any) left out. */
    static String of(String message, String echoed) {
        if (message == null || message.isBlank()) return "";
        String text = echoed == null || echoed.isBlank() ? message : message.replace(echoed, "\n");
        StringBuilder line = new StringBuilder();
        for (String part : text.split("\\R")) {
            String t = part.strip();
            if (t.isEmpty() || isStackFrame(t)) continue;
            if (t.startsWith("Was expecting") || t.startsWith("Caused by")) break;
            if (line.length() > 0) line.append(' ');
            line.append(t);
        }
        String s = line.toString();
        return s.length() <= MAX_LENGTH ? s : s.substring(0, MAX_LENGTH - 1) + "…";
    }

    private static boolean isStackFrame(String line) {
        return (line.startsWith("at ") && line.endsWith(")")) || line.matches("\\.\\.\\. \\d+ more");
    }
}

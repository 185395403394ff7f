package org.policygraph.read;

/** A library's exception as the one-line tail of a refusal's reason. */
final class Reasons {
    private Reasons() {}

    static String oneLine(Exception e) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip().replaceAll("\\s+", " ");
        if (message.length() > 160) message = message.substring(0, 160) + "…";
        return message.isEmpty() ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + message;
    }
}

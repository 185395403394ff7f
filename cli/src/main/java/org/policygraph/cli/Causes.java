package org.policygraph.cli;

/** The innermost cause of a failure says most: "Address already in use", "Location is locked". */
final class Causes {
    private Causes() {}

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}

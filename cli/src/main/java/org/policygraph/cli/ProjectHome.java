package org.policygraph.cli;

import java.nio.file.Path;

/** The project folder, where {@code corpus/} and {@code data/} live: the launcher passes it as {@code -Dpolicygraph.home}. */
final class ProjectHome {
    static final String PROPERTY = "policygraph.home";

    private ProjectHome() {}

    /** The launcher's folder, or the working folder when run some other way. */
    static Path path() {
        String home = System.getProperty(PROPERTY);
        return Path.of(home == null || home.isBlank() ? "." : home).toAbsolutePath().normalize();
    }
}

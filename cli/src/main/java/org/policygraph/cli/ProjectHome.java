package org.policygraph.cli;

import java.nio.file.Path;

/**
 * The PolicyGraph folder, where the launcher, {@code corpus/} and {@code data/} are: the
 * {@code policygraph.home} system property if set, else the folder the command line was built
 * in ({@code cli/target/policygraph.jar} or {@code cli/target/classes} two levels down), else
 * the working folder.
 */
final class ProjectHome {
    private ProjectHome() {}

    static Path get() {
        String property = System.getProperty("policygraph.home");
        if (property != null && !property.isBlank()) return Path.of(property).toAbsolutePath();
        try {
            Path code = Path.of(ProjectHome.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path target = code.getParent();
            if (target != null && target.getFileName() != null && target.getFileName().toString().equals("target")
                    && target.getParent() != null && target.getParent().getParent() != null) {
                return target.getParent().getParent();
            }
        } catch (Exception e) {
            // no code source (an unusual class loader): fall back to the working folder
        }
        return Path.of("").toAbsolutePath();
    }

    /** The sample reports commands read when given no input. */
    static Path corpus() {
        return get().resolve("corpus");
    }

    /** Where {@code load} and {@code serve} keep the TDB2 database by default. */
    static Path defaultDatabase() {
        return get().resolve("data").resolve("tdb2");
    }
}

package org.policygraph.cli;

import picocli.CommandLine;

/** The version printed by --version, from the jar's manifest when built. */
public final class Version implements CommandLine.IVersionProvider {
    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"PolicyGraph " + current()};
    }
}

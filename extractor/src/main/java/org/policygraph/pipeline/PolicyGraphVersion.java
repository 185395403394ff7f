package org.policygraph.pipeline;

/** The version of PolicyGraph that runs, from the extractor jar's manifest; {@code development} when run from classes. */
public final class PolicyGraphVersion {
    private PolicyGraphVersion() {}

    public static String current() {
        String v = PolicyGraphVersion.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}

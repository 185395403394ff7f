package org.policygraph.recognise;

import java.util.Locale;

/** The ten kinds of named entity of the output contract; {@link #localName()} is the pg: class. */
public enum EntityType {
    PARK("Park"), GOVERNMENT_BODY("GovernmentBody"), RESEARCH_INSTITUTION("ResearchInstitution"),
    COMPANY("Company"), OTHER_ORGANIZATION("OtherOrganization"), POLICY("Policy"), PROJECT("Project"),
    EVENT("Event"), PLACE("Place"), PERSON("Person");

    private final String localName;

    EntityType(String localName) { this.localName = localName; }

    public String localName() { return localName; }

    public boolean isOrganization() {
        return this == GOVERNMENT_BODY || this == RESEARCH_INSTITUTION || this == COMPANY || this == OTHER_ORGANIZATION;
    }

    /** Accepts the contract's class name ({@code GovernmentBody}) or the enum name, any case. */
    public static EntityType parse(String name) {
        for (EntityType t : values()) {
            if (t.localName.equalsIgnoreCase(name) || t.name().equalsIgnoreCase(name)) return t;
        }
        throw new IllegalArgumentException("unknown entity type: " + name + " (one of Park, GovernmentBody, "
                + "ResearchInstitution, Company, OtherOrganization, Policy, Project, Event, Place, Person)");
    }

    public String slug() { return localName.toLowerCase(Locale.ROOT); }
}

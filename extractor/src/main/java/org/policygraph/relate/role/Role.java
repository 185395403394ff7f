package org.policygraph.relate.role;

/** The part an entity plays in a task, as a sentence states it; each is a {@code pg:Role} individual. */
public enum Role {
    /** …牵头, 由X负责, X承担 */
    LEAD("Lead", "lead"),
    /** 会同X, 联合X, 与X共同/签署, X等单位参与 */
    PARTNER("Partner", "partner"),
    /** 支持X, 推动X建设: the entity helped or built */
    SUPPORTS("Supports", "supports"),
    /** 在X, 落地X, X内 */
    LOCATION("Location", "location"),
    /** X印发《…》: the body that issued a policy */
    ISSUER("Issuer", "issuedBy");

    private final String individual;
    private final String shortcut;

    Role(String individual, String shortcut) {
        this.individual = individual;
        this.shortcut = shortcut;
    }

    /** Local name of the {@code pg:Role} individual, e.g. {@code Partner}. */
    public String individual() { return individual; }

    /** Local name of the direct property, e.g. {@code partner}, {@code issuedBy}. */
    public String shortcut() { return shortcut; }
}

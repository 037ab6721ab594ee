package org.acorn.directory;

/** Where an organisation stands with the network. */
public enum MembershipStatus {
    MEMBER("Member"), LAPSED("Lapsed"), LEFT("Left");

    private final String label;

    MembershipStatus(String label) { this.label = label; }

    public String label() { return label; }
    public String getLabel() { return label; }
}

package org.acorn.directory;

/** Where an organisation stands with the network. */
public enum MembershipStatus {
    MEMBER("Member"), LAPSED("Lapsed"), LEFT("Left"),
    /** Added by an Open Referral import for a co-ordinator to review: listed for staff, not a member, not public. */
    LISTED("Listed, not a member");

    private final String label;

    MembershipStatus(String label) { this.label = label; }

    public String label() { return label; }
    public String getLabel() { return label; }
}

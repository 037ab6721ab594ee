package org.acorn.directory;

/** Legal or working form of a member organisation (DOMAIN.md "Records the network keeps"). */
public enum OrganisationType {
    REGISTERED_CHARITY("Registered charity"),
    CIO("Charitable incorporated organisation (CIO)"),
    CIC("Community interest company (CIC)"),
    COMMUNITY_GROUP("Community group"),
    FAITH_GROUP("Faith group"),
    UNIFORMED_GROUP("Uniformed group"),
    EARLY_YEARS_PROVIDER("Early-years provider"),
    NATIONAL_BRANCH("Branch of a national charity"),
    INFRASTRUCTURE("CVS / infrastructure body");

    private final String label;

    OrganisationType(String label) { this.label = label; }

    public String label() { return label; }
    public String getLabel() { return label; }
}

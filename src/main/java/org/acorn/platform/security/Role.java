package org.acorn.platform.security;

/**
 * What an account may do. A visitor is anyone not signed in, so it is never stored. One account may hold
 * several roles; organisation admin applies to the account's own organisation.
 */
public enum Role {
    MEMBER("Member"),
    ORG_ADMIN("Organisation admin"),
    REPRESENTATIVE("Representative"),
    DEVELOPMENT_OFFICER("Development officer"),
    COORDINATOR("Co-ordinator"),
    PARTNER_OFFICER("Statutory partner officer"),
    SITE_ADMIN("Site administrator");

    private final String label;

    Role(String label) { this.label = label; }

    public String label() { return label; }

    /** Network staff: may act on behalf of any organisation. */
    public boolean isStaff() {
        return this == COORDINATOR || this == DEVELOPMENT_OFFICER || this == SITE_ADMIN;
    }
}

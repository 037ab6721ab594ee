package org.acorn.updates.library;

/** What a library resource is for. */
public enum ResourceCategory {
    THRESHOLDS("Thresholds and levels of need"),
    REFERRAL_ROUTES("Referral routes"),
    POLICY_TEMPLATE("Policy templates"),
    COMMISSIONING("Commissioning guidance"),
    GUIDANCE("Other guidance");

    private final String label;

    ResourceCategory(String label) { this.label = label; }

    public String getLabel() { return label; }
    public String getName() { return name(); }
}

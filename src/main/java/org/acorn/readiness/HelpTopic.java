package org.acorn.readiness;

/** What an organisation may ask help with, and what a larger member may offer to help with. */
public enum HelpTopic {
    BIDS("Help with a bid or tender"),
    MONITORING("Help with monitoring and evaluation"),
    POLICIES("Help with policies and procedures");

    private final String label;

    HelpTopic(String label) { this.label = label; }

    public String getLabel() { return label; }
    public String getName() { return name(); }

    public static HelpTopic parse(String name) {
        if (name == null) return null;
        for (HelpTopic t : values()) {
            if (t.name().equals(name)) return t;
        }
        return null;
    }
}

package org.acorn.network;

/** The three ways a network runs (DOMAIN.md): each is a working configuration, not a code path. */
public enum NetworkModel {
    NETWORK("Network", "county-wide network with a management group"),
    GROUP("Group", "county group with a locality forum in each district"),
    FORUM("Forum", "city forum without districts");

    private final String label;
    private final String description;

    NetworkModel(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() { return label; }
    public String description() { return description; }
}

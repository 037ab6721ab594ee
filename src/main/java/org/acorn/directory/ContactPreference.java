package org.acorn.directory;

/** How an organisation wants to hear from the network; many small groups read only post or take calls. */
public enum ContactPreference {
    EMAIL("Email"), POST("Post"), PHONE("Phone");

    private final String label;

    ContactPreference(String label) { this.label = label; }

    public String label() { return label; }
    public String getLabel() { return label; }
}

package org.acorn.governance.body;

/** Where a body stands: meeting in shadow form, running, or replaced by another body. */
public enum BodyStatus {
    SHADOW("Shadow"), ACTIVE("Active"), SUPERSEDED("Superseded");

    private final String label;

    BodyStatus(String label) { this.label = label; }

    public String label() { return label; }
    public String getLabel() { return label; }
}

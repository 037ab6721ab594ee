package org.acorn.governance.body;

/** The seat itself or its deputy place. */
public enum Place {
    HOLDER("Representative"), DEPUTY("Deputy");

    private final String label;

    Place(String label) { this.label = label; }

    public String label() { return label; }
    public String getLabel() { return label; }
}

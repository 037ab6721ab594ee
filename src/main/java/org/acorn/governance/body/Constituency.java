package org.acorn.governance.body;

/** Whom a seat speaks for: the organisations of one district, the whole sector, or a theme. */
public enum Constituency {
    DISTRICT("A district"), SECTOR("The whole sector"), THEME("A theme");

    private final String label;

    Constituency(String label) { this.label = label; }

    public String label() { return label; }
    public String getLabel() { return label; }
}

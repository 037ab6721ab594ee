package org.acorn.governance.body;

/** How a seat (or one term of it) is filled. Interim: held until the seat's next election. */
public enum FilledBy {
    ELECTED("Elected"), APPOINTED("Appointed"), INTERIM("Interim");

    private final String label;

    FilledBy(String label) { this.label = label; }

    public String label() { return label; }
    public String getLabel() { return label; }
}

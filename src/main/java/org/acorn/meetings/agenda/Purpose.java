package org.acorn.meetings.agenda;

/** Why an item is on the agenda: people prepare differently for each. */
public enum Purpose {
    INFORMATION("For information"), DISCUSSION("For discussion"), DECISION("For decision");

    private final String label;

    Purpose(String label) { this.label = label; }

    public String label() { return label; }
    public String getLabel() { return label; }
}

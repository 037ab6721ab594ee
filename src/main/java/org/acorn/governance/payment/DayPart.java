package org.acorn.governance.payment;

/** How long an attendance took, for day and half-day rates. */
public enum DayPart {
    FULL_DAY("A full day"), HALF_DAY("Half a day");

    private final String label;

    DayPart(String label) { this.label = label; }

    public String label() { return label; }
    public String getLabel() { return label; }
}

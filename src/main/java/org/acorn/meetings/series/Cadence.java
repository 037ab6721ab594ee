package org.acorn.meetings.series;

/** How often a series meets. */
public enum Cadence {
    ONE_OFF("Once only"),
    WEEKLY("Every n weeks"),
    FORTNIGHTLY("Fortnightly"),
    MONTHLY("Monthly on the same date"),
    MONTHLY_WEEKDAY("Monthly on a set weekday (e.g. the second Tuesday)");

    private final String label;

    Cadence(String label) { this.label = label; }

    public String label() { return label; }
    public String getLabel() { return label; }
}

package org.acorn.governance.election;

/** Where an election stands, read from its timetable and the clock. */
public enum Stage {
    UPCOMING("Nominations not yet open"),
    NOMINATIONS("Nominations open"),
    NOMINATIONS_CLOSED("Nominations closed; voting not yet open"),
    VOTING("Voting open"),
    COUNTING("Voting closed; results to follow"),
    DECLARED("Results declared"),
    CANCELLED("Cancelled");

    private final String label;

    Stage(String label) { this.label = label; }

    public String label() { return label; }
    public String getLabel() { return label; }
}

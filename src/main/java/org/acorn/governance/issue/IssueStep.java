package org.acorn.governance.issue;

/** The stages an issue moves through, in order; a stage may be skipped but never gone back to. */
public enum IssueStep {
    RAISED("Raised"),
    DISCUSSED("Discussed at the forum or group"),
    TAKEN_TO_BODY("Taken to the body"),
    RESPONSE_RECEIVED("Response received"),
    CLOSED("Closed");

    private final String label;

    IssueStep(String label) { this.label = label; }

    public String label() { return label; }
    public String getLabel() { return label; }

    /** Whether an issue at this stage may move to the next one given. */
    public boolean mayMoveTo(IssueStep next) {
        return this != CLOSED && next != null && next.ordinal() > ordinal();
    }
}

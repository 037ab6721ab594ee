package org.acorn.readiness;

/**
 * Where a checklist item stands. SUBMITTED, ACCEPTED and NEEDS_WORK are stored (the review); EXPIRED is read from the
 * date whatever the review said, and MISSING is the absence of a document, so neither can go stale in the database.
 */
public enum ItemState {
    MISSING("Not sent yet"),
    SUBMITTED("Waiting for review"),
    NEEDS_WORK("Needs work"),
    ACCEPTED("Accepted"),
    EXPIRED("Expired");

    private final String label;

    ItemState(String label) { this.label = label; }

    public String getLabel() { return label; }
    public String getName() { return name(); }

    /** A stored status (the review), never MISSING or EXPIRED. */
    public boolean isStored() { return this == SUBMITTED || this == NEEDS_WORK || this == ACCEPTED; }
}

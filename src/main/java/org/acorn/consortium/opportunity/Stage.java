package org.acorn.consortium.opportunity;

/** Where an opportunity stands: open for interest, being bid for, submitted, then won or lost; or not pursued. */
public enum Stage {
    OPEN("Open for expressions of interest"), BIDDING("Bid in preparation"), SUBMITTED("Bid submitted"),
    WON("Won"), LOST("Not won"), NOT_PURSUED("Not pursued");

    private final String label;
    Stage(String label) { this.label = label; }
    public String getLabel() { return label; }
    public boolean isDecided() { return this == WON || this == LOST || this == NOT_PURSUED; }
}

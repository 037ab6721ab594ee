package org.acorn.governance.election;

/** How a contest's ballots are marked and counted. */
public enum Method {
    PLURALITY("First past the post: mark up to as many candidates as there are places"),
    STV("Single transferable vote: number the candidates in order of preference");

    private final String label;

    Method(String label) { this.label = label; }

    public String label() { return label; }
    public String getLabel() { return label; }
}

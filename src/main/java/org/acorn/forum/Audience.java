package org.acorn.forum;

/**
 * The group a GROUP category is for: the member organisations serving one district (county-wide ones too),
 * network staff, or a named list of people (a partnership body's seat holders, a working group).
 */
public enum Audience {
    DISTRICT("Members in a district"),
    STAFF("Network staff"),
    LIST("A named list of people");

    private final String label;
    Audience(String label) { this.label = label; }
    public String label() { return label; }
}

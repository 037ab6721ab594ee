package org.acorn.forum;

/** Who may read a category: anyone, member organisations (with partner officers and staff), or a group. */
public enum CategoryVisibility {
    PUBLIC("Anyone can read; signed-in people post"),
    MEMBERS("Members of the network"),
    GROUP("Only a group of people");

    private final String label;
    CategoryVisibility(String label) { this.label = label; }
    public String label() { return label; }
}

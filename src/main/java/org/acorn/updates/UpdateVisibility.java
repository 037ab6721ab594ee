package org.acorn.updates;

import org.acorn.search.Visibility;

/** Who may read an update: anyone, people from member organisations (with partner officers and staff), or staff. */
public enum UpdateVisibility {
    PUBLIC("Everyone (public)", Visibility.PUBLIC),
    MEMBERS("Members only", Visibility.MEMBERS),
    STAFF("Network staff only", Visibility.STAFF);

    private final String label;
    private final Visibility search;

    UpdateVisibility(String label, Visibility search) {
        this.label = label;
        this.search = search;
    }

    public String getLabel() { return label; }
    public String getName() { return name(); }
    public Visibility search() { return search; }
}

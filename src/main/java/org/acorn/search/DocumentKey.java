package org.acorn.search;

import java.util.Objects;

/** Names one indexed record: its kind (e.g. "service") and the feature's id for it. */
public record DocumentKey(String kind, String id) {
    public DocumentKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        if (kind.isBlank() || kind.contains(":")) throw new IllegalArgumentException("kind must be a plain word: " + kind);
    }

    /** The single term a document is updated and deleted by. */
    String term() { return kind + ":" + id; }
}

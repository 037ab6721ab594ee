package org.acorn.search;

/** Told how far a rebuild has got, so a long rebuild can show progress. */
@FunctionalInterface
public interface RebuildProgress {
    RebuildProgress NONE = count -> { };

    void indexed(long documents);
}

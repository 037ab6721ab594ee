package org.acorn.search;

/** A title offered while someone types, with where it leads. */
public record Suggestion(String title, DocumentKey key, String url) { }

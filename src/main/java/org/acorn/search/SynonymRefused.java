package org.acorn.search;

/** A synonym change that was not made, with the reason to show the administrator. */
public class SynonymRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SynonymRefused(String message) { super(message); }
}

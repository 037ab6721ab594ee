package org.acorn.directory.taxonomy;

/** A change to a taxonomy term that its rules do not allow; the message is written for the administrator. */
public class TermRuleBroken extends RuntimeException {
    public TermRuleBroken(String message) {
        super(message);
    }
}

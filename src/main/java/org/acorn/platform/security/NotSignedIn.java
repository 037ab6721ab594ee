package org.acorn.platform.security;

/** Thrown when an action needs a signed-in account and there is none; pages send the visitor to sign in. */
public class NotSignedIn extends AccessDenied {
    public NotSignedIn() {
        super("Please sign in first.");
    }
}

package org.acorn.platform.security;

/** Thrown by application services when the caller may not do what was asked; shown as a 403 page. */
public class AccessDenied extends RuntimeException {
    public AccessDenied(String message) {
        super(message);
    }
}

package org.acorn.testing;

import java.net.URL;
import java.util.Objects;

/**
 * A feature's checks, run against a portal that a shared deployment starts for several features at once (each
 * deployment costs most of a minute of start-up). They share its data and its mail: count only your own.
 */
public abstract class PortalChecks {

    /** The portal's root URL. */
    protected final URL base;
    /** Every message the portal sent, to anyone, since it started. */
    protected final TestMail mail;

    protected PortalChecks(URL base, TestMail mail) {
        this.base = Objects.requireNonNull(base, "the portal's URL (its deployment did not start?)");
        this.mail = mail;
    }
}

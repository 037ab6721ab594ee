package org.acorn.readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Contract readiness settings (defaults in microprofile-config.properties; ACORN_READINESS_* override). */
@ApplicationScoped
public class ReadinessSettings {

    @Inject @ConfigProperty(name = "acorn.readiness.document.max.kb", defaultValue = "10240") int documentMaxKb;
    @Inject @ConfigProperty(name = "acorn.readiness.expiry.warning.days", defaultValue = "30") int warningDays;
    @Inject @ConfigProperty(name = "acorn.readiness.pass.seconds", defaultValue = "3600") int passSeconds;

    public long documentMaxBytes() { return Math.max(1, documentMaxKb) * 1024L; }
    /** Organisations are emailed this many days before a document's review or expiry date. */
    public int warningDays() { return Math.max(1, warningDays); }
    public int passSeconds() { return Math.max(1, passSeconds); }
}

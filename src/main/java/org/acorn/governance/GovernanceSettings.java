package org.acorn.governance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Representation's settings (defaults in microprofile-config.properties; ACORN_GOVERNANCE_* override). */
@ApplicationScoped
public class GovernanceSettings {

    /** Dates on screen, meeting days and financial years are English. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    @Inject @ConfigProperty(name = "acorn.governance.reportback.due.days", defaultValue = "14") int reportDueDays;
    @Inject @ConfigProperty(name = "acorn.governance.term.ending.days", defaultValue = "90") int termEndingDays;
    @Inject @ConfigProperty(name = "acorn.governance.pass.minutes", defaultValue = "15") int passMinutes;

    /** Days after a body's meeting by which its representatives are expected to have reported back. */
    public int reportDueDays() { return Math.max(1, reportDueDays); }
    /** A term ending within this many days is "near the end of term" in the seat report. */
    public int termEndingDays() { return Math.max(1, termEndingDays); }
    /** How often each node runs the election-stage and report-back reminder pass. */
    public int passMinutes() { return Math.max(1, passMinutes); }
}

package org.acorn.bulletins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Bulletin and digest settings (acorn.bulletins.*; ACORN_BULLETINS_* in the environment). */
@Named("bulletinSettings")
@ApplicationScoped
public class BulletinSettings {

    @Inject @ConfigProperty(name = "acorn.bulletins.approval.required", defaultValue = "false") boolean approvalRequired;
    @Inject @ConfigProperty(name = "acorn.bulletins.rate.per.second", defaultValue = "20") double ratePerSecond;
    @Inject @ConfigProperty(name = "acorn.bulletins.digest.day", defaultValue = "MONDAY") String digestDay;
    @Inject @ConfigProperty(name = "acorn.bulletins.digest.hour", defaultValue = "8") int digestHour;
    @Inject @ConfigProperty(name = "acorn.bulletins.pass.seconds", defaultValue = "60") int passSeconds;
    @Inject @ConfigProperty(name = "acorn.bulletins.lookback.days", defaultValue = "14") int lookbackDays;

    /** A second co-ordinator must approve a bulletin before it is sent or scheduled. */
    public boolean approvalRequired() { return approvalRequired; }
    public boolean isApprovalRequired() { return approvalRequired; }
    /** Bulletin messages per second per node (0 or less: unlimited). */
    public double ratePerSecond() { return ratePerSecond; }
    public DayOfWeek digestDay() {
        try {
            return DayOfWeek.valueOf(digestDay.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return DayOfWeek.MONDAY;
        }
    }
    public int digestHour() { return Math.max(0, Math.min(23, digestHour)); }
    /** How often the schedule looks for due bulletins, updates to announce and digests. */
    public int passSeconds() { return Math.max(1, passSeconds); }
    /** "What is new" for the first bulletin: this many days back. */
    public int lookbackDays() { return Math.max(1, lookbackDays); }
}

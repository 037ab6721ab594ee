package org.acorn.directory;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * How current a listing is, from when it was last verified. After {@code askAfterMonths} its organisation is
 * asked to confirm it; after {@code flagAfterMonths} it is shown as unverified in search and on the stale
 * listings page. Months are calendar months (12 months after 29 February is 28 February).
 */
public record Freshness(int askAfterMonths, int flagAfterMonths) {

    public enum Status {
        /** Checked within the asking period. */
        VERIFIED("Verified"),
        /** Past the asking period: the organisation has been (or is about to be) asked to confirm it. */
        DUE("Due for checking"),
        /** Past the second limit, or never verified: flagged to readers. */
        UNVERIFIED("Not verified recently");

        private final String label;

        Status(String label) { this.label = label; }

        public String label() { return label; }
    }

    public Freshness {
        if (askAfterMonths < 1) throw new IllegalArgumentException("asking period must be at least a month");
        if (flagAfterMonths < askAfterMonths) {
            throw new IllegalArgumentException("the unverified limit cannot come before the asking period");
        }
    }

    public static Freshness from(org.acorn.platform.config.Settings settings) {
        return new Freshness(settings.verifyAfterMonths(), settings.unverifiedAfterMonths());
    }

    public Status of(Instant lastVerified, Instant now) {
        if (lastVerified == null || !lastVerified.isAfter(monthsBefore(now, flagAfterMonths))) return Status.UNVERIFIED;
        if (!lastVerified.isAfter(monthsBefore(now, askAfterMonths))) return Status.DUE;
        return Status.VERIFIED;
    }

    /** Listings verified at or before this instant are due for checking. */
    public Instant askBefore(Instant now) { return monthsBefore(now, askAfterMonths); }

    /** Listings verified at or before this instant are flagged as unverified. */
    public Instant flagBefore(Instant now) { return monthsBefore(now, flagAfterMonths); }

    private static Instant monthsBefore(Instant now, int months) {
        return ZonedDateTime.ofInstant(now, ZoneOffset.UTC).minusMonths(months).toInstant();
    }
}

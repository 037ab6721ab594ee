package org.acorn.directory.currency;

import java.time.Instant;
import java.util.List;
import org.acorn.directory.ContactPreference;
import org.acorn.directory.Freshness;

/**
 * One listing past its asking limit, as the stale listings page and its CSV show it: an organisation's profile
 * or one of its running services, with how the organisation has been asked so far.
 */
public record StaleRow(String kind, Long id, String name, Long organisationId, String organisationName,
                       boolean countyWide, List<Long> districtIds, String areas, Freshness.Status status,
                       Instant lastVerified, int remindersSent, Instant lastReminderAt,
                       ContactPreference contactPreference, boolean needsCallOrLetter) {

    public static final String ORGANISATION = "Organisation";
    public static final String SERVICE = "Service";

    public boolean isOrganisation() { return ORGANISATION.equals(kind); }
    public String getStatusLabel() { return status.label(); }
    public String getContactLabel() { return contactPreference.label(); }
}

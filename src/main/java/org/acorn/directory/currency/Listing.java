package org.acorn.directory.currency;

import java.time.Instant;
import java.util.List;
import org.acorn.directory.ContactPreference;
import org.acorn.directory.Freshness;

/**
 * What an organisation's listing is made of, as the reminder and the confirmation page show it: the profile
 * and its running services, each with when it was last verified.
 */
public record Listing(Long organisationId, String organisationName, ContactPreference contactPreference,
                      String contactEmail, Instant profileVerified, List<Item> services) {

    /** One running service. */
    public record Item(Long id, String name, Instant lastVerified) { }

    public List<Instant> servicesVerified() {
        return services.stream().map(Item::lastVerified).toList();
    }

    public Freshness.Status profileStatus(Freshness freshness, Instant now) {
        return freshness.of(profileVerified, now);
    }
}

package org.acorn.directory.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.acorn.directory.Freshness;
import org.acorn.directory.MembershipStatus;
import org.acorn.directory.Organisation;
import org.acorn.directory.service.Service;
import org.acorn.directory.service.ServiceStatus;
import org.acorn.directory.service.Services;
import org.acorn.platform.config.Settings;
import org.acorn.platform.security.Caller;

/**
 * Reading the directory's records as the caller may see them. A record the caller may not see is reported
 * exactly like one that does not exist, so a visitor learns nothing about organisations that are not members
 * or services that have closed.
 */
@ApplicationScoped
public class DirectoryRecords {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject Services services;
    @Inject Settings settings;
    @Inject Clock clock;

    /** An organisation's profile with the services this reader may see. */
    public record OrganisationRecord(Organisation organisation, List<Service> services, Audience audience,
                                     Freshness.Status freshness) { }

    /** A service, its organisation, and how current the listing is. */
    public record ServiceRecord(Service service, Organisation organisation, Audience audience,
                                Freshness.Status freshness) { }

    @Transactional
    public Optional<OrganisationRecord> organisation(Long id) {
        Audience audience = Audience.of(caller);
        return visibleOrganisation(id, audience).map(org -> {
            List<Service> listed = services.ofOrganisation(org.getId()).stream()
                    .filter(s -> visible(s, audience)).toList();
            return new OrganisationRecord(org, listed, audience, freshness().of(org.getLastVerifiedAt(), clock.instant()));
        });
    }

    @Transactional
    public Optional<ServiceRecord> service(Long id) {
        Audience audience = Audience.of(caller);
        Service service = id == null ? null : em.find(Service.class, id);
        if (service == null || !visible(service, audience)) return Optional.empty();
        return visibleOrganisation(service.getOrganisationId(), audience).map(org -> {
            service.getLocations().size(); // read now, while the transaction is open
            return new ServiceRecord(service, org, audience, freshness().of(service.getLastVerifiedAt(), clock.instant()));
        });
    }

    /** How current a listing verified at that time is now. */
    public Freshness.Status freshnessOf(java.time.Instant lastVerified) {
        return freshness().of(lastVerified, clock.instant());
    }

    public Freshness freshness() {
        return Freshness.from(settings);
    }

    private Optional<Organisation> visibleOrganisation(Long id, Audience audience) {
        Organisation org = id == null ? null : em.find(Organisation.class, id);
        if (org == null) return Optional.empty();
        boolean listed = org.getMembershipStatus() == MembershipStatus.MEMBER;
        return listed || audience.seesHiddenRecordsOf(org.getId()) ? Optional.of(org) : Optional.empty();
    }

    private static boolean visible(Service s, Audience audience) {
        return s.getStatus() != ServiceStatus.CLOSED || audience.seesHiddenRecordsOf(s.getOrganisationId());
    }
}

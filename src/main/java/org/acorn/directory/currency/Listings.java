package org.acorn.directory.currency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.acorn.directory.Organisation;
import org.acorn.directory.service.Service;
import org.acorn.directory.service.ServiceStatus;
import org.acorn.platform.account.Account;
import org.acorn.platform.security.Role;
import org.acorn.search.IndexEvents;

/**
 * Reads and verifies organisations' listings for the reminder, the confirmation and the staff proxy. Verifying
 * stamps the profile and every running service and tells the search index, in the caller's transaction.
 */
@ApplicationScoped
public class Listings {

    static final List<ServiceStatus> RUNNING = List.of(ServiceStatus.ACTIVE, ServiceStatus.REDUCED);

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject IndexEvents indexEvents;

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Listing> of(Long organisationId) {
        Organisation org = organisationId == null ? null : em.find(Organisation.class, organisationId);
        if (org == null) return Optional.empty();
        List<Listing.Item> services = em.createQuery("select s.id, s.name, s.lastVerifiedAt from Service s"
                        + " where s.organisationId = :o and s.status in :running order by s.name, s.id", Object[].class)
                .setParameter("o", organisationId).setParameter("running", RUNNING).getResultList().stream()
                .map(r -> new Listing.Item((Long) r[0], (String) r[1], (Instant) r[2])).toList();
        return Optional.of(new Listing(org.getId(), org.getName(), org.getContactPreference(), org.getContactEmail(),
                org.getLastVerifiedAt(), services));
    }

    /** The addresses of the organisation's active, confirmed organisation admins. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> adminEmails(Long organisationId) {
        return em.createQuery("select distinct a.email from Account a join a.roles r where r = :role"
                        + " and a.organisationId = :o and a.status = :active and a.emailVerifiedAt is not null"
                        + " order by a.email", String.class)
                .setParameter("role", Role.ORG_ADMIN).setParameter("o", organisationId)
                .setParameter("active", Account.Status.ACTIVE).getResultList();
    }

    /** Stamps the profile and running services as verified now; returns how many services were stamped. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int verify(Listing listing, Instant now) {
        Organisation org = em.find(Organisation.class, listing.organisationId());
        org.setLastVerifiedAt(now);
        org.touch(now);
        indexEvents.changed("organisation", String.valueOf(org.getId()));
        int stamped = 0;
        for (Listing.Item item : listing.services()) {
            Service s = em.find(Service.class, item.id());
            if (s == null || !RUNNING.contains(s.getStatus())) continue;
            s.verified(now);
            indexEvents.changed("service", String.valueOf(s.getId()));
            stamped++;
        }
        return stamped;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ListingCheck> openCheck(Long organisationId) {
        return em.createQuery("select c from ListingCheck c where c.organisationId = :o and c.closedAt is null"
                        + " order by c.cycleNo desc", ListingCheck.class)
                .setParameter("o", organisationId).setMaxResults(1).getResultStream().findFirst();
    }

    /** The number the organisation's next cycle takes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int nextCycle(Long organisationId) {
        Integer max = em.createQuery("select max(c.cycleNo) from ListingCheck c where c.organisationId = :o", Integer.class)
                .setParameter("o", organisationId).getSingleResult();
        return max == null ? 1 : max + 1;
    }
}

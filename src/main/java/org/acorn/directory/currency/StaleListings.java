package org.acorn.directory.currency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acorn.directory.ContactPreference;
import org.acorn.directory.Freshness;
import org.acorn.directory.MembershipStatus;
import org.acorn.platform.account.Account;
import org.acorn.platform.config.Settings;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Role;

/**
 * The listings of member organisations that are due for checking or flagged unverified, for the staff who chase
 * them. Five queries whatever the number of listings (organisations, stale services, districts, open cycles,
 * organisations with an admin), joined in memory.
 */
@ApplicationScoped
public class StaleListings {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject Settings settings;
    @Inject Clock clock;

    private record Org(Long id, String name, Instant verified, ContactPreference preference, String email,
                       boolean countyWide) { }

    private record Cycle(int sent, Instant last) { }

    /** The stale listings that pass the filter: unverified first, then the longest unchecked first. */
    @Transactional
    public List<StaleRow> rows(StaleFilter filter) {
        caller.requireStaff();
        Instant now = clock.instant();
        Freshness freshness = Freshness.from(settings);
        Instant ask = freshness.askBefore(now);

        Map<Long, Org> orgs = new HashMap<>();
        for (Object[] r : em.createQuery("select o.id, o.name, o.lastVerifiedAt, o.contactPreference, o.contactEmail,"
                + " o.countyWide from Organisation o where o.membershipStatus = :member", Object[].class)
                .setParameter("member", MembershipStatus.MEMBER).getResultList()) {
            orgs.put((Long) r[0], new Org((Long) r[0], (String) r[1], (Instant) r[2], (ContactPreference) r[3],
                    (String) r[4], (Boolean) r[5]));
        }
        Map<Long, List<Long>> districtIds = new HashMap<>();
        Map<Long, List<String>> districtNames = new HashMap<>();
        for (Object[] r : em.createQuery("select o.id, d.id, d.name from Organisation o join o.districts d"
                + " order by d.sortOrder", Object[].class).getResultList()) {
            districtIds.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((Long) r[1]);
            districtNames.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[2]);
        }
        Map<Long, Cycle> cycles = new HashMap<>();
        for (Object[] r : em.createQuery("select c.organisationId, c.remindersSent, c.lastSentAt from ListingCheck c"
                + " where c.closedAt is null", Object[].class).getResultList()) {
            cycles.put((Long) r[0], new Cycle((Integer) r[1], (Instant) r[2]));
        }
        Set<Long> withAdmin = new HashSet<>(em.createQuery("select distinct a.organisationId from Account a join a.roles r"
                        + " where r = :role and a.status = :active and a.emailVerifiedAt is not null"
                        + " and a.organisationId is not null", Long.class)
                .setParameter("role", Role.ORG_ADMIN).setParameter("active", Account.Status.ACTIVE).getResultList());

        List<StaleRow> rows = new ArrayList<>();
        for (Org o : orgs.values()) {
            if (o.verified() == null || !o.verified().isAfter(ask)) {
                rows.add(row(StaleRow.ORGANISATION, o.id(), o.name(), o, o.verified(), freshness, now,
                        districtIds, districtNames, cycles, withAdmin));
            }
        }
        for (Object[] r : em.createQuery("select s.id, s.name, s.organisationId, s.lastVerifiedAt from Service s"
                        + " where s.status in :running and (s.lastVerifiedAt is null or s.lastVerifiedAt <= :ask)", Object[].class)
                .setParameter("running", Listings.RUNNING).setParameter("ask", ask).getResultList()) {
            Org o = orgs.get((Long) r[2]);
            if (o == null) continue; // not a member organisation: not chased
            rows.add(row(StaleRow.SERVICE, (Long) r[0], (String) r[1], o, (Instant) r[3], freshness, now,
                    districtIds, districtNames, cycles, withAdmin));
        }
        return rows.stream().filter(filter::accepts).sorted(ORDER).toList();
    }

    static final Comparator<StaleRow> ORDER = Comparator
            .comparing((StaleRow r) -> r.status() == Freshness.Status.UNVERIFIED ? 0 : 1)
            .thenComparing(StaleRow::lastVerified, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(StaleRow::organisationName, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(r -> r.isOrganisation() ? 0 : 1)
            .thenComparing(StaleRow::name, String.CASE_INSENSITIVE_ORDER);

    private static StaleRow row(String kind, Long id, String name, Org o, Instant verified, Freshness freshness,
                                Instant now, Map<Long, List<Long>> districtIds, Map<Long, List<String>> districtNames,
                                Map<Long, Cycle> cycles, Set<Long> withAdmin) {
        Cycle cycle = cycles.get(o.id());
        boolean emailable = withAdmin.contains(o.id())
                || (o.preference() == ContactPreference.EMAIL && o.email() != null && !o.email().isBlank());
        String areas = o.countyWide() ? "County-wide" : String.join(", ", districtNames.getOrDefault(o.id(), List.of()));
        return new StaleRow(kind, id, name, o.id(), o.name(), o.countyWide(), districtIds.getOrDefault(o.id(), List.of()),
                areas, freshness.of(verified, now), verified, cycle == null ? 0 : cycle.sent(),
                cycle == null ? null : cycle.last(), o.preference(), !emailable);
    }
}

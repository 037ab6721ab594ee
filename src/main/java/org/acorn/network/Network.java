package org.acorn.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Read access to the network's profile and districts, as {@code #{network}} on pages. Every page shows the
 * network's name several times, so both are held for a short while instead of queried per expression; a change
 * made on another node shows here within {@link #FRESH_FOR}.
 */
@Named("network")
@ApplicationScoped
public class Network {

    static final Duration FRESH_FOR = Duration.ofSeconds(30);

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Clock clock;

    private volatile Snapshot snapshot;

    /** What is held: read together, replaced together. */
    private record Snapshot(NetworkProfile profile, List<District> districts, Instant readAt) { }

    public NetworkProfile getProfile() {
        NetworkProfile p = current().profile();
        if (p == null) throw new IllegalStateException("network profile missing: demo data or set-up not run");
        return p;
    }

    public boolean isConfigured() {
        return current().profile() != null;
    }

    public List<District> getDistricts() {
        return current().districts();
    }

    public boolean getHasDistricts() {
        return !getDistricts().isEmpty();
    }

    @Transactional
    public List<District> districts(List<Long> ids) {
        if (ids == null || ids.isEmpty()) return List.of();
        return em.createQuery("select d from District d where d.id in :ids order by d.sortOrder", District.class)
                .setParameter("ids", ids).getResultList();
    }

    /** Drops what is held, e.g. after an administrator changes the profile on this node. */
    public void refresh() {
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        Instant now = clock.instant();
        if (s == null || s.readAt().plus(FRESH_FOR).isBefore(now)) {
            s = read(now);
            // an empty database (before demo data) is not held, so set-up shows at once
            snapshot = s.profile() == null ? null : s;
        }
        return s;
    }

    /** Plain reads: a transaction-scoped entity manager may read outside a transaction (results detached). */
    private Snapshot read(Instant now) {
        NetworkProfile profile = em.find(NetworkProfile.class, NetworkProfile.SINGLE_ID);
        List<District> districts = List.copyOf(em.createQuery("select d from District d order by d.sortOrder, d.name",
                District.class).getResultList());
        return new Snapshot(profile, districts, now);
    }
}

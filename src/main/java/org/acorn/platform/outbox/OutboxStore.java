package org.acorn.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The dispatcher's short transactions. A message is claimed with a conditional UPDATE, so when two nodes
 * race for it exactly one wins; a lease that runs out (node died mid-send) frees it again.
 */
@ApplicationScoped
public class OutboxStore {

    /**
     * Rows of this kind are not work for one node but a log every node follows in order (the search index's
     * change events): never leased or marked done here, only pruned when old.
     */
    public static final String FOLLOWED_KIND = "index";

    static final Duration LEASE = Duration.ofMinutes(2);
    static final int MAX_ATTEMPTS = 8;

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Clock clock;
    @Inject org.acorn.platform.config.Settings settings;

    @Transactional
    public List<Long> due(int limit) {
        return em.createQuery("select m.id from OutboxMessage m where m.status = :pending and m.availableAt <= :now"
                        + " and m.kind <> :followed and (m.leaseUntil is null or m.leaseUntil < :now) order by m.id", Long.class)
                .setParameter("pending", OutboxMessage.PENDING)
                .setParameter("followed", FOLLOWED_KIND)
                .setParameter("now", clock.instant())
                .setMaxResults(limit)
                .getResultList();
    }

    /** Takes the lease on a message for this node, or returns empty if another node holds it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<OutboxMessage> claim(Long id, String owner) {
        Instant now = clock.instant();
        int updated = em.createQuery("update OutboxMessage m set m.leaseOwner = :owner, m.leaseUntil = :until,"
                        + " m.attempts = m.attempts + 1 where m.id = :id and m.status = :pending"
                        + " and m.kind <> :followed and (m.leaseUntil is null or m.leaseUntil < :now)")
                .setParameter("followed", FOLLOWED_KIND)
                .setParameter("owner", owner)
                .setParameter("until", now.plus(LEASE))
                .setParameter("id", id)
                .setParameter("pending", OutboxMessage.PENDING)
                .setParameter("now", now)
                .executeUpdate();
        return updated == 1 ? Optional.of(em.find(OutboxMessage.class, id)) : Optional.empty();
    }

    /** Frees the leases held in this node's name (it has just started, so they are a dead predecessor's). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int release(String owner) {
        return em.createQuery("update OutboxMessage m set m.leaseUntil = null, m.leaseOwner = null"
                        + " where m.leaseOwner = :owner and m.status = :pending")
                .setParameter("owner", owner).setParameter("pending", OutboxMessage.PENDING).executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void done(Long id) {
        em.createQuery("update OutboxMessage m set m.status = :done, m.processedAt = :now, m.leaseUntil = null,"
                        + " m.lastError = null where m.id = :id")
                .setParameter("done", OutboxMessage.DONE)
                .setParameter("now", clock.instant())
                .setParameter("id", id)
                .executeUpdate();
    }

    /**
     * Backs off exponentially from {@code ACORN_OUTBOX_RETRY_SECONDS} (30 s, 1 min, 2 min …); gives up after
     * {@value #MAX_ATTEMPTS} tries, or at once for a permanent failure (the handler says retrying cannot help).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(Long id, int attempts, String error, boolean permanent) {
        Instant now = clock.instant();
        boolean giveUp = permanent || attempts >= MAX_ATTEMPTS;
        em.createQuery("update OutboxMessage m set m.status = :status, m.availableAt = :retry, m.leaseUntil = null,"
                        + " m.lastError = :error where m.id = :id")
                .setParameter("status", giveUp ? OutboxMessage.FAILED : OutboxMessage.PENDING)
                .setParameter("retry", now.plusSeconds(settings.outboxRetrySeconds() << Math.min(attempts - 1, 10)))
                .setParameter("error", error == null ? "error" : error.substring(0, Math.min(1000, error.length())))
                .setParameter("id", id)
                .executeUpdate();
    }

    /**
     * Deletes followed rows created before {@code before}, except the newest of them. That one stays as a
     * marker: a follower whose last applied row is older than the oldest row left knows it may have missed
     * pruned rows and must rebuild.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int pruneFollowed(Instant before) {
        Long newest = em.createQuery("select max(m.id) from OutboxMessage m where m.kind = :k and m.createdAt < :before",
                        Long.class)
                .setParameter("k", FOLLOWED_KIND).setParameter("before", before).getSingleResult();
        if (newest == null) return 0;
        return em.createQuery("delete from OutboxMessage m where m.kind = :k and m.id < :newest")
                .setParameter("k", FOLLOWED_KIND).setParameter("newest", newest).executeUpdate();
    }
}

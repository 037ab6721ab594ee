package org.acorn.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Reads the index events (outbox rows of kind {@link IndexEvents#KIND}) in sequence order. */
@ApplicationScoped
public class IndexEventLog {

    @PersistenceContext(unitName = "acorn") EntityManager em;

    /** One event: its sequence (the outbox row id), payload "kind/id" and when it was written. */
    public record Entry(long sequence, String payload, Instant at) { }

    @Transactional
    public List<Entry> after(long sequence, int limit) {
        return em.createQuery("select m.id, m.payload, m.createdAt from OutboxMessage m where m.kind = :k and m.id > :s"
                        + " order by m.id", Object[].class)
                .setParameter("k", IndexEvents.KIND).setParameter("s", sequence).setMaxResults(limit)
                .getResultStream().map(r -> new Entry((Long) r[0], (String) r[1], (Instant) r[2])).toList();
    }

    /** Outbox rows of any kind with ids strictly between the two: fewer than the gap means some are not visible. */
    @Transactional
    public long rowsBetween(long fromExclusive, long toExclusive) {
        return em.createQuery("select count(m) from OutboxMessage m where m.id > :a and m.id < :b", Long.class)
                .setParameter("a", fromExclusive).setParameter("b", toExclusive).getSingleResult();
    }

    @Transactional
    public long waiting(long sequence) {
        return em.createQuery("select count(m) from OutboxMessage m where m.kind = :k and m.id > :s", Long.class)
                .setParameter("k", IndexEvents.KIND).setParameter("s", sequence).getSingleResult();
    }

    /** The oldest event still kept, or 0 when there is none. */
    @Transactional
    public long oldest() {
        Long min = em.createQuery("select min(m.id) from OutboxMessage m where m.kind = :k", Long.class)
                .setParameter("k", IndexEvents.KIND).getSingleResult();
        return min == null ? 0 : min;
    }

    /** The newest event written before {@code before} (so committed or abandoned by now), or 0. */
    @Transactional
    public long settledUpTo(Instant before) {
        Long max = em.createQuery("select max(m.id) from OutboxMessage m where m.kind = :k and m.createdAt < :t", Long.class)
                .setParameter("k", IndexEvents.KIND).setParameter("t", before).getSingleResult();
        return max == null ? 0 : max;
    }
}

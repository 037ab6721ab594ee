package org.acorn.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Records side effects inside the caller's transaction. A row with the same key is written once. */
@ApplicationScoped
public class Outbox {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Clock clock;
    @Inject Event<Enqueued> enqueued;
    @Inject OutboxDispatcher dispatcher;

    /** Fired when a message is queued; observed after commit to wake the dispatcher without waiting a poll. */
    public record Enqueued() { }

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String kind, String dedupeKey, String payload) {
        boolean exists = !em.createQuery("select m.id from OutboxMessage m where m.dedupeKey = :k", Long.class)
                .setParameter("k", dedupeKey).getResultList().isEmpty();
        if (exists) return;
        em.persist(new OutboxMessage(kind, dedupeKey, payload, clock.instant()));
        enqueued.fire(new Enqueued());
    }

    /**
     * Queues a message whose key is new by construction (a random id): no look-up first, which matters when one
     * transaction queues thousands (an import's index events).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueueNew(String kind, String payload) {
        em.persist(new OutboxMessage(kind, kind + ":" + java.util.UUID.randomUUID(), payload, clock.instant()));
        enqueued.fire(new Enqueued());
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Enqueued event) {
        dispatcher.wake();
    }
}

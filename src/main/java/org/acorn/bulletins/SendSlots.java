package org.acorn.bulletins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Holds the bulletin send rate across every node: before each message a node claims a place in the current slot of
 * time in the database (a conditional update, so two nodes never over-fill a slot), or in the next slot with room,
 * and waits until that slot starts. N nodes together therefore keep to the one configured rate, which is what the
 * mail relay's limit is about. Slots are named by the nodes' clocks, which must agree (NTP) within a slot's width.
 */
@ApplicationScoped
public class SendSlots {

    /** Never look further ahead than this many slots; a message that finds none waits for the outbox's next try. */
    static final int HORIZON = 600;

    @Inject SlotStore store;
    @Inject Clock clock;

    /** Milliseconds to wait before this message may go (0: now). */
    public long reserve(double perSecond) {
        SendRate rate = SendRate.of(perSecond);
        if (rate.unlimited()) return 0;
        long now = clock.millis();
        long slot = rate.slotOf(now);
        for (int i = 0; i < HORIZON; i++, slot += rate.slotMillis()) {
            if (take(slot, rate.capacity())) return Math.max(0, slot - now);
        }
        throw new IllegalStateException("no room to send in the next " + HORIZON + " slots");
    }

    /**
     * One place in a slot if it has room; the first message in a slot creates it. Each step is its own short
     * transaction, none inside another: on InnoDB an update that matches no row locks the gap where the row would
     * go, and an insert waiting on that gap from a nested transaction would wait for ever.
     */
    private boolean take(long slot, int capacity) {
        if (store.claim(slot, capacity)) return true;
        if (store.exists(slot)) return false; // full
        try {
            store.first(slot);
            return true;
        } catch (RuntimeException duplicate) { // another node created it a moment ago
            return store.claim(slot, capacity);
        }
    }

    /** The slot table's short transactions. */
    @ApplicationScoped
    public static class SlotStore {

        @PersistenceContext(unitName = "acorn") EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public boolean claim(long slot, int capacity) {
            return em.createNativeQuery("update bulletin_send_slot set used = used + 1 where slot = ? and used < ?")
                    .setParameter(1, slot).setParameter(2, capacity).executeUpdate() == 1;
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public boolean exists(long slot) {
            return !em.createNativeQuery("select used from bulletin_send_slot where slot = ?").setParameter(1, slot).getResultList().isEmpty();
        }

        /** Creates a slot with its first message; a duplicate key (another node was first) fails only this. */
        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void first(long slot) {
            em.createNativeQuery("insert into bulletin_send_slot (slot, used) values (?, 1)").setParameter(1, slot).executeUpdate();
        }

        /** Forgets slots that have passed (kept an hour, for looking into a send). */
        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public int prune(long before) {
            return em.createNativeQuery("delete from bulletin_send_slot where slot < ?").setParameter(1, before).executeUpdate();
        }
    }
}

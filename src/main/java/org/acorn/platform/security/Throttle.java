package org.acorn.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.acorn.platform.config.Settings;
import org.eclipse.microprofile.config.Config;

/**
 * Counts attempts per subject ("account:42", "address:203.0.113.9") in a sliding window, in the database
 * so that every node sees the same count. Limits come from acorn.throttle.&lt;action&gt;.per.&lt;kind&gt;.
 */
@ApplicationScoped
public class Throttle {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Clock clock;
    @Inject Settings settings;
    @Inject Config config;

    /** True when the subject has used up its attempts for this action in the current window. */
    @Transactional
    public boolean exceeded(String action, String kind, String value) {
        int limit = config.getValue("acorn.throttle." + action + ".per." + kind, Integer.class);
        Instant since = clock.instant().minus(settings.throttleWindow());
        long count = em.createQuery("select count(e) from ThrottleEvent e where e.action = :a and e.subject = :s"
                        + " and e.occurredAt > :since", Long.class)
                .setParameter("a", action).setParameter("s", subject(kind, value)).setParameter("since", since)
                .getSingleResult();
        return count >= limit;
    }

    /** Counts one attempt; runs in its own transaction so a failed action still counts. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void count(String action, String kind, String value) {
        em.persist(new ThrottleEvent(action, subject(kind, value), clock.instant()));
    }

    /**
     * For actions counted whether or not they succeed (a reset or confirmation request): true and counted
     * against both the client address and the account, or false if either has used up its attempts.
     */
    @Transactional
    public boolean allow(String action, String clientAddress, String account) {
        if (exceeded(action, "address", clientAddress) || exceeded(action, "account", account)) return false;
        em.persist(new ThrottleEvent(action, subject("address", clientAddress), clock.instant()));
        em.persist(new ThrottleEvent(action, subject("account", account), clock.instant()));
        return true;
    }

    /** Forgets failures after a success (e.g. a correct password). */
    @Transactional
    public void clear(String action, String kind, String value) {
        em.createQuery("delete from ThrottleEvent e where e.action = :a and e.subject = :s")
                .setParameter("a", action).setParameter("s", subject(kind, value)).executeUpdate();
    }

    /** Old rows are of no use; called by the housekeeping task. */
    @Transactional
    public int purgeBefore(Instant cutoff) {
        return em.createQuery("delete from ThrottleEvent e where e.occurredAt < :c").setParameter("c", cutoff)
                .executeUpdate();
    }

    private static String subject(String kind, String value) {
        String s = kind + ":" + (value == null ? "" : value);
        return s.length() > 300 ? s.substring(0, 300) : s;
    }
}

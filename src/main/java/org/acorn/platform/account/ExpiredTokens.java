package org.acorn.platform.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Clears away one-time links that can no longer be used. */
@ApplicationScoped
public class ExpiredTokens {

    @PersistenceContext(unitName = "acorn") EntityManager em;

    /**
     * Deletes tokens created before the cutoff that are spent or have expired by {@code now}. A plain
     * conditional delete: run by two nodes at once, the second simply finds nothing left.
     */
    @Transactional
    public int purge(Instant createdBefore, Instant now) {
        return em.createQuery("delete from AccountToken t where t.createdAt < :cutoff"
                        + " and (t.usedAt is not null or t.expiresAt < :now)")
                .setParameter("cutoff", createdBefore).setParameter("now", now).executeUpdate();
    }
}

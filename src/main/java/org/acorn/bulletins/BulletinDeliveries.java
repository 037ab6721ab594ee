package org.acorn.bulletins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

/** The delivery's short transactions: read a recipient, and record what happened to them. */
@ApplicationScoped
public class BulletinDeliveries {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Clock clock;

    /** A recipient still to send to, with their bulletin; empty when already sent or failed (a retry after a crash). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Object[]> pending(Long recipientId) {
        BulletinRecipient r = em.find(BulletinRecipient.class, recipientId);
        if (r == null || !BulletinRecipient.QUEUED.equals(r.getStatus())) return Optional.empty();
        Bulletin b = em.find(Bulletin.class, r.getBulletinId());
        if (b == null || b.getHtmlFrozen() == null) return Optional.empty();
        return Optional.of(new Object[] {r, b});
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(Long recipientId) {
        em.createNativeQuery("update bulletin_recipient set status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = null"
                + " where id = ? and status = 'QUEUED'").setParameter(1, Timestamp.from(clock.instant())).setParameter(2, recipientId)
                .executeUpdate();
    }

    /** A temporary failure: counted, still queued; the outbox retries with back-off. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void retrying(Long recipientId, String error, boolean lastTry) {
        em.createNativeQuery("update bulletin_recipient set attempts = attempts + 1, last_error = ?, status = ? where id = ? and status = 'QUEUED'")
                .setParameter(1, cut(error)).setParameter(2, lastTry ? BulletinRecipient.FAILED : BulletinRecipient.QUEUED)
                .setParameter(3, recipientId).executeUpdate();
    }

    /** A refusal for good: the recipient failed, and the address is recorded so it is not tried again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(Long recipientId, String email, String reason) {
        em.createNativeQuery("update bulletin_recipient set status = 'FAILED', attempts = attempts + 1, last_error = ? where id = ?")
                .setParameter(1, cut(reason)).setParameter(2, recipientId).executeUpdate();
        String key = email.strip().toLowerCase(java.util.Locale.ROOT);
        if (key.length() > 254) key = key.substring(0, 254);
        int updated = em.createNativeQuery("update refused_address set reason = ?, refused_at = ? where email = ?")
                .setParameter(1, cut(reason)).setParameter(2, Timestamp.from(clock.instant())).setParameter(3, key).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into refused_address (email, reason, refused_at) values (?, ?, ?)")
                    .setParameter(1, key).setParameter(2, cut(reason)).setParameter(3, Timestamp.from(clock.instant())).executeUpdate();
        }
    }

    private static String cut(String s) {
        if (s == null) return "error";
        return s.length() <= 500 ? s : s.substring(0, 500);
    }
}

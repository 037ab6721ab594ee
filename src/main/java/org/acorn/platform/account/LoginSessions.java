package org.acorn.platform.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.acorn.platform.security.Tokens;

/** Signed-in browsers: opened at login, checked on every request, ended by logout or by their owner. */
@ApplicationScoped
public class LoginSessions {

    /** last_seen is written at most this often, so reading pages does not mean writing rows. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(5);

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public LoginSession open(Long accountId, String userAgent, String clientAddress) {
        LoginSession s = new LoginSession(Tokens.newPublicId(), accountId, userAgent, clientAddress, clock.instant());
        em.persist(s);
        return s;
    }

    /** True if that browser's login session is still open; notes that it was seen. */
    @Transactional
    public boolean stillActive(Long accountId, String publicId) {
        LoginSession s = find(publicId);
        if (s == null || !s.isActive() || !s.getAccountId().equals(accountId)) return false;
        Instant now = clock.instant();
        if (s.getLastSeenAt().plus(TOUCH_EVERY).isBefore(now)) s.seen(now);
        return true;
    }

    @Transactional
    public List<LoginSession> activeFor(Long accountId) {
        return em.createQuery("select s from LoginSession s where s.accountId = :a and s.endedAt is null"
                        + " order by s.lastSeenAt desc", LoginSession.class)
                .setParameter("a", accountId).getResultList();
    }

    /** Ends one of the account's sessions; returns false if it was not theirs or already ended. */
    @Transactional
    public boolean end(Long accountId, String publicId) {
        LoginSession s = find(publicId);
        if (s == null || !s.getAccountId().equals(accountId) || !s.isActive()) return false;
        s.end(clock.instant());
        return true;
    }

    /** Ends every session of the account except the one given (null ends all): after a password change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int endAllExcept(Long accountId, String keepPublicId) {
        return em.createQuery("update LoginSession s set s.endedAt = :now where s.accountId = :a"
                        + " and s.endedAt is null and (:keep is null or s.publicId <> :keep)")
                .setParameter("now", clock.instant()).setParameter("a", accountId).setParameter("keep", keepPublicId)
                .executeUpdate();
    }

    private LoginSession find(String publicId) {
        if (publicId == null) return null;
        return em.createQuery("select s from LoginSession s where s.publicId = :p", LoginSession.class)
                .setParameter("p", publicId).getResultStream().findFirst().orElse(null);
    }
}

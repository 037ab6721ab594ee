package org.acorn.platform.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Logger;
import org.acorn.platform.security.ClientAddress;
import org.acorn.platform.security.PasswordHasher;
import org.acorn.platform.security.SignedIn;
import org.acorn.platform.security.Throttle;

/**
 * Signing in. Every failure gives the same answer whether or not the account exists (no enumeration),
 * costs the same password check, and counts against both the account and the client address.
 */
@ApplicationScoped
public class SignIn {

    private static final Logger LOG = Logger.getLogger(SignIn.class.getName());
    static final String ACTION = "login";

    public enum Outcome { SIGNED_IN, WRONG, THROTTLED, UNVERIFIED }

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Throttle throttle;
    @Inject ClientAddress clientAddress;
    @Inject LoginSessions loginSessions;
    @Inject SignedIn signedIn;
    @Inject Clock clock;

    @Transactional
    public Outcome signIn(String email, char[] password, HttpServletRequest request) {
        String address = clientAddress.of(request);
        String key = Account.normaliseEmail(email);
        if (throttle.exceeded(ACTION, "address", address) || throttle.exceeded(ACTION, "account", key)) {
            LOG.info(() -> "event=login.throttled");
            return Outcome.THROTTLED;
        }
        Account account = Accounts.byEmail(em, key);
        String hash = account == null || account.getPasswordHash() == null ? PasswordHasher.decoy() : account.getPasswordHash();
        boolean matches = PasswordHasher.verify(password, hash) && account != null && account.isActive();
        if (!matches) {
            throttle.count(ACTION, "address", address);
            throttle.count(ACTION, "account", key);
            LOG.info(() -> "event=login.failed");
            return Outcome.WRONG;
        }
        if (!account.isEmailVerified()) {
            return Outcome.UNVERIFIED;
        }
        throttle.clear(ACTION, "account", key);
        request.changeSessionId(); // no session fixation: a new id at the moment of sign-in
        LoginSession session = loginSessions.open(account.getId(), request.getHeader("User-Agent"), address);
        account.setLastLoginAt(clock.instant());
        signedIn.set(account.getId(), session.getPublicId());
        LOG.info(() -> "event=login.ok account=" + account.getId());
        return Outcome.SIGNED_IN;
    }
}

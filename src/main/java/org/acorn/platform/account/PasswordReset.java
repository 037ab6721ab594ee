package org.acorn.platform.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Logger;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.config.Settings;
import org.acorn.platform.security.ClientAddress;
import org.acorn.platform.security.PasswordHasher;
import org.acorn.platform.security.Throttle;

/**
 * "Forgotten your password?": the same answer whether or not the address has an account; a one-time link
 * by email if it does. Using the link ends every signed-in browser of the account, because whoever knew
 * the old password may be one of them.
 */
@ApplicationScoped
public class PasswordReset {

    private static final Logger LOG = Logger.getLogger(PasswordReset.class.getName());
    static final String ACTION = "reset";

    public enum Outcome { SENT, THROTTLED }

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Throttle throttle;
    @Inject ClientAddress clientAddress;
    @Inject AccountTokens tokens;
    @Inject AccountMail mail;
    @Inject AuditLog audit;
    @Inject LoginSessions loginSessions;
    @Inject Settings settings;
    @Inject Clock clock;

    /**
     * Sends a reset link if the address has an account. Counted per address and per email address typed
     * (whether or not it has an account, so the throttle tells nothing either).
     */
    @Transactional
    public Outcome request(String email, HttpServletRequest request) {
        String address = AccountInput.email("email", email);
        String from = clientAddress.of(request);
        if (!throttle.allow(ACTION, from, address)) {
            LOG.info(() -> "event=reset.throttled");
            return Outcome.THROTTLED;
        }
        Account account = Accounts.byEmail(em, address);
        if (account != null && account.isActive()) {
            String token = tokens.issue(account.getId(), AccountToken.Purpose.RESET_PASSWORD, settings.resetTokenLife());
            mail.resetLink(account, token, settings.resetTokenLife());
            LOG.info(() -> "event=reset.sent account=" + account.getId());
        }
        return Outcome.SENT;
    }

    /** What the link is worth now, so the page shows the form only when it can be used. */
    @Transactional
    public AccountTokens.State check(String token) {
        AccountTokens.Lookup found = tokens.find(token, AccountToken.Purpose.RESET_PASSWORD);
        if (found.state() == AccountTokens.State.USABLE && !accountOf(found).isActive()) return AccountTokens.State.UNKNOWN;
        return found.state();
    }

    /**
     * Sets the new password if the link is still good: USABLE means it was, and now is spent. Throws
     * {@link InputRejected} (field "password") if the password breaks a rule; then nothing changes.
     */
    @Transactional
    public AccountTokens.State reset(String token, String newPassword) {
        AccountTokens.Lookup found = tokens.find(token, AccountToken.Purpose.RESET_PASSWORD);
        if (found.state() != AccountTokens.State.USABLE) return found.state();
        Account account = accountOf(found);
        if (!account.isActive()) return AccountTokens.State.UNKNOWN;
        PasswordRules.problem(newPassword, account.getEmail()).ifPresent(p -> { throw new InputRejected("password", p); });
        account.setPasswordHash(PasswordHasher.hash(newPassword.toCharArray()));
        found.token().spend(clock.instant());
        tokens.spendAll(account.getId(), AccountToken.Purpose.RESET_PASSWORD);
        int ended = loginSessions.endAllExcept(account.getId(), null);
        // the link reached this address, which proves it
        account.markEmailVerified(clock.instant());
        throttle.clear(SignIn.ACTION, "account", account.getEmail());
        audit.record("account.password.reset", Registration.target(account), "signed-in browsers ended: " + ended);
        mail.passwordChanged(account);
        LOG.info(() -> "event=reset.done account=" + account.getId() + " sessionsEnded=" + ended);
        return AccountTokens.State.USABLE;
    }

    private Account accountOf(AccountTokens.Lookup found) {
        return em.find(Account.class, found.token().getAccountId());
    }
}

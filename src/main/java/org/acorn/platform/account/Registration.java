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
 * Creating an account and confirming its email address. The answer never tells whether an address
 * already has an account: the person at that address is told by email instead. New accounts have no
 * role and no organisation, and cannot sign in until the address is confirmed.
 */
@ApplicationScoped
public class Registration {

    private static final Logger LOG = Logger.getLogger(Registration.class.getName());
    static final String REGISTER = "register";
    static final String RESEND = "resend";

    public enum Outcome { SENT, THROTTLED }

    public enum Confirmation { CONFIRMED, ALREADY_USED, EXPIRED, NOT_RECOGNISED }

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Throttle throttle;
    @Inject ClientAddress clientAddress;
    @Inject AccountTokens tokens;
    @Inject AccountMail mail;
    @Inject AuditLog audit;
    @Inject Settings settings;
    @Inject Clock clock;

    /**
     * Registers, or tells the existing owner of the address by email. Field names in {@link InputRejected}:
     * displayName, email, password.
     */
    @Transactional
    public Outcome register(String displayName, String email, String password, HttpServletRequest request) {
        InputRejected.Checks checks = new InputRejected.Checks();
        String name = checks.check(() -> AccountInput.displayName("displayName", displayName));
        String address = checks.check(() -> AccountInput.email("email", email));
        PasswordRules.problem(password, address).ifPresent(p -> checks.add("password", p));
        checks.throwIfAny();
        String from = clientAddress.of(request);
        if (throttle.exceeded(REGISTER, "address", from)) {
            LOG.info(() -> "event=account.register.throttled");
            return Outcome.THROTTLED;
        }
        throttle.count(REGISTER, "address", from);
        // hashed whether or not it is used, so both answers take the same time
        String hash = PasswordHasher.hash(password.toCharArray());
        Account existing = Accounts.byEmail(em, address);
        if (existing != null) {
            if (existing.isActive()) mail.alreadyRegistered(existing);
            LOG.info(() -> "event=account.register.existing account=" + existing.getId());
            return Outcome.SENT;
        }
        Account account = new Account(address, name, clock.instant());
        account.setPasswordHash(hash);
        em.persist(account);
        em.flush();
        String token = tokens.issue(account.getId(), AccountToken.Purpose.VERIFY_EMAIL, settings.verifyTokenLife());
        mail.confirmAddress(account, token, settings.verifyTokenLife());
        audit.record("account.registered", target(account), null);
        LOG.info(() -> "event=account.registered account=" + account.getId());
        return Outcome.SENT;
    }

    /** A new confirmation link, if the address has an account still waiting for one; the same answer either way. */
    @Transactional
    public Outcome resend(String email, HttpServletRequest request) {
        String address = AccountInput.email("email", email);
        String from = clientAddress.of(request);
        if (!throttle.allow(RESEND, from, address)) {
            LOG.info(() -> "event=account.resend.throttled");
            return Outcome.THROTTLED;
        }
        Account account = Accounts.byEmail(em, address);
        if (account != null && account.isActive() && !account.isEmailVerified()) {
            String token = tokens.issue(account.getId(), AccountToken.Purpose.VERIFY_EMAIL, settings.verifyTokenLife());
            mail.confirmAddress(account, token, settings.verifyTokenLife());
            LOG.info(() -> "event=account.resend account=" + account.getId());
        }
        return Outcome.SENT;
    }

    /** Follows a confirmation link: spends it and marks the address confirmed. */
    @Transactional
    public Confirmation confirm(String token) {
        AccountTokens.Lookup found = tokens.find(token, AccountToken.Purpose.VERIFY_EMAIL);
        switch (found.state()) {
            case USED: return Confirmation.ALREADY_USED;
            case EXPIRED: return Confirmation.EXPIRED;
            case UNKNOWN: return Confirmation.NOT_RECOGNISED;
            default: break;
        }
        Account account = em.find(Account.class, found.token().getAccountId());
        found.token().spend(clock.instant());
        tokens.spendAll(account.getId(), AccountToken.Purpose.VERIFY_EMAIL);
        boolean wasVerified = account.isEmailVerified();
        account.markEmailVerified(clock.instant());
        if (!wasVerified) audit.record("account.email.verified", target(account), null);
        LOG.info(() -> "event=account.verified account=" + account.getId());
        return Confirmation.CONFIRMED;
    }

    static AuditLog.Target target(Account account) {
        return new AuditLog.Target("account", account.getId(), account.getDisplayName());
    }
}

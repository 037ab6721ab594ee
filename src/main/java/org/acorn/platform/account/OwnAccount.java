package org.acorn.platform.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.ClientAddress;
import org.acorn.platform.security.PasswordHasher;
import org.acorn.platform.security.SignedIn;
import org.acorn.platform.security.Throttle;

/**
 * What a signed-in person may do to their own account: their details, their password and their
 * signed-in browsers. Every method acts only on the caller's own account.
 */
@ApplicationScoped
public class OwnAccount {

    private static final Logger LOG = Logger.getLogger(OwnAccount.class.getName());

    public enum PasswordChange { CHANGED, WRONG_CURRENT, THROTTLED }

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject SignedIn signedIn;
    @Inject LoginSessions loginSessions;
    @Inject Throttle throttle;
    @Inject ClientAddress clientAddress;
    @Inject AccountTokens tokens;
    @Inject AccountMail mail;
    @Inject AuditLog audit;

    /** Field names in {@link InputRejected}: displayName, jobTitle, phone. */
    @Transactional
    public void updateProfile(String displayName, String jobTitle, String phone) {
        Account account = mine();
        InputRejected.Checks checks = new InputRejected.Checks();
        String name = checks.check(() -> AccountInput.displayName("displayName", displayName));
        String title = checks.check(() -> AccountInput.jobTitle("jobTitle", jobTitle));
        String tel = checks.check(() -> AccountInput.phone("phone", phone));
        checks.throwIfAny();
        Map<String, Object> before = profile(account);
        account.setDisplayName(name);
        account.setJobTitle(title);
        account.setPhone(tel);
        Map<String, Object> after = profile(account);
        if (!before.equals(after)) {
            audit.record("account.profile.changed", Registration.target(account), AuditLog.changes(before, after));
        }
    }

    /**
     * Checks the current password (a wrong one counts as a failed sign-in), then sets the new one and signs
     * out every other browser. Throws {@link InputRejected} (field "password") for a password that breaks a rule.
     */
    @Transactional
    public PasswordChange changePassword(String current, String newPassword, HttpServletRequest request) {
        Account account = mine();
        String from = clientAddress.of(request);
        if (throttle.exceeded(SignIn.ACTION, "address", from) || throttle.exceeded(SignIn.ACTION, "account", account.getEmail())) {
            LOG.info(() -> "event=password.change.throttled account=" + account.getId());
            return PasswordChange.THROTTLED;
        }
        if (!PasswordHasher.verify(current == null ? new char[0] : current.toCharArray(), account.getPasswordHash())) {
            throttle.count(SignIn.ACTION, "address", from);
            throttle.count(SignIn.ACTION, "account", account.getEmail());
            LOG.info(() -> "event=password.change.wrong account=" + account.getId());
            return PasswordChange.WRONG_CURRENT;
        }
        PasswordRules.problem(newPassword, account.getEmail()).ifPresent(p -> { throw new InputRejected("password", p); });
        account.setPasswordHash(PasswordHasher.hash(newPassword.toCharArray()));
        int ended = loginSessions.endAllExcept(account.getId(), signedIn.loginSessionId());
        // a reset link asked for earlier must not undo this change
        tokens.spendAll(account.getId(), AccountToken.Purpose.RESET_PASSWORD);
        audit.record("account.password.changed", Registration.target(account), "other signed-in browsers ended: " + ended);
        mail.passwordChanged(account);
        LOG.info(() -> "event=password.changed account=" + account.getId() + " sessionsEnded=" + ended);
        return PasswordChange.CHANGED;
    }

    @Transactional
    public List<LoginSession> sessions() {
        return loginSessions.activeFor(mine().getId());
    }

    /** The browser this request comes from, to mark it in the list. */
    public String currentSession() {
        return signedIn.loginSessionId();
    }

    /** Ends one of the caller's own sessions; false (and nothing done) if that id is not an open session of theirs. */
    @Transactional
    public boolean endSession(String publicId) {
        Account account = mine();
        if (publicId == null || !publicId.matches("[0-9a-f]{32}")) return false;
        boolean ended = loginSessions.end(account.getId(), publicId);
        if (ended) {
            audit.record("account.session.ended", Registration.target(account), null);
        } else {
            LOG.info(() -> "event=session.end.refused account=" + account.getId());
        }
        return ended;
    }

    /** "Sign out everywhere else": every session but this browser's. */
    @Transactional
    public int endOtherSessions() {
        Account account = mine();
        int ended = loginSessions.endAllExcept(account.getId(), signedIn.loginSessionId());
        if (ended > 0) audit.record("account.sessions.ended", Registration.target(account), "ended: " + ended);
        return ended;
    }

    private Account mine() {
        // the managed copy in this transaction, not the one the Caller read for the page
        return em.find(Account.class, caller.require().getId());
    }

    private static Map<String, Object> profile(Account a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", a.getDisplayName());
        m.put("job title", a.getJobTitle());
        m.put("phone", a.getPhone());
        return m;
    }
}

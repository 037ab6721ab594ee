package org.acorn.platform.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.acorn.platform.account.Account;
import org.acorn.platform.account.LoginSessions;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Role;

/**
 * Granting and revoking roles, disabling and enabling accounts: the rules are {@link RoleRules}. Every
 * grant and every revoke is its own audit entry, written in the same transaction as the change.
 */
@ApplicationScoped
public class RoleAdministration {

    private static final Logger LOG = Logger.getLogger(RoleAdministration.class.getName());
    public static final String TARGET_TYPE = "account";

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject AuditLog audit;
    @Inject LoginSessions loginSessions;

    /** What a role change did, for the confirmation message. */
    public record Outcome(Set<Role> granted, Set<Role> revoked) {
        public boolean changed() { return !granted.isEmpty() || !revoked.isEmpty(); }
    }

    /** For pages: whether to offer the role and status controls at all. */
    public boolean mayAdminister() {
        return caller.account().map(a -> RoleRules.mayAdminister(a.getRoles())).orElse(false);
    }

    /**
     * Grants the roles in {@code grant} that the account lacks and revokes those in {@code revoke} that it
     * has; roles in both are left alone. All or nothing.
     */
    @Transactional
    public Outcome changeRoles(Long accountId, Set<Role> grant, Set<Role> revoke) {
        Account actor = requireAdministrator();
        Account target = lockedAccount(accountId);
        Set<Role> current = target.getRoles();
        Set<Role> granted = EnumSet.noneOf(Role.class);
        Set<Role> revoked = EnumSet.noneOf(Role.class);
        for (Role r : grant) if (!current.contains(r) && !revoke.contains(r)) granted.add(r);
        for (Role r : revoke) if (current.contains(r) && !grant.contains(r)) revoked.add(r);
        List<String> problems = RoleRules.roleProblems(actor.getId(), actor.getRoles(), target.getId(),
                target.getOrganisationId(), granted, revoked);
        if (!problems.isEmpty()) throw new ChangeRefused(problems);
        AuditLog.Target auditTarget = targetOf(target);
        for (Role r : granted) {
            target.grant(r);
            audit.record("role.granted", auditTarget, r.label());
        }
        for (Role r : revoked) {
            target.revoke(r);
            audit.record("role.revoked", auditTarget, r.label());
        }
        LOG.info(() -> "event=roles.changed account=" + target.getId() + " by=" + actor.getId()
                + " granted=" + granted + " revoked=" + revoked);
        return new Outcome(granted, revoked);
    }

    /** Stops the account signing in; its open sessions end at once. */
    @Transactional
    public void disable(Long accountId) {
        setStatus(accountId, Account.Status.DISABLED);
    }

    @Transactional
    public void enable(Long accountId) {
        setStatus(accountId, Account.Status.ACTIVE);
    }

    private void setStatus(Long accountId, Account.Status status) {
        Account actor = requireAdministrator();
        Account target = lockedAccount(accountId);
        if (target.getStatus() == status) return;
        boolean disabling = status == Account.Status.DISABLED;
        List<String> problems = RoleRules.statusProblems(actor.getId(), actor.getRoles(), target.getId(),
                target.getRoles(), disabling);
        if (!problems.isEmpty()) throw new ChangeRefused(problems);
        String before = target.getStatus().name();
        target.setStatus(status);
        if (disabling) loginSessions.endAllExcept(target.getId(), null);
        audit.record(disabling ? "account.disabled" : "account.enabled", targetOf(target),
                AuditLog.changes(Map.of("status", before), Map.of("status", status.name())));
        LOG.info(() -> "event=account." + (disabling ? "disabled" : "enabled") + " account=" + target.getId()
                + " by=" + actor.getId());
    }

    private Account requireAdministrator() {
        Account actor = caller.require();
        if (!RoleRules.mayAdminister(actor.getRoles())) {
            throw new AccessDenied("Only the co-ordinator or a site administrator can change accounts and roles.");
        }
        return actor;
    }

    private Account lockedAccount(Long accountId) {
        Account target = accountId == null ? null : em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (target == null) throw new ChangeRefused(List.of("That account does not exist any more."));
        return target;
    }

    static AuditLog.Target targetOf(Account account) {
        return new AuditLog.Target(TARGET_TYPE, account.getId(), account.getDisplayName() + " <" + account.getEmail() + ">");
    }
}

package org.acorn.bulletins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.acorn.platform.account.Account;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Role;

/**
 * Whether a second co-ordinator must approve bulletins: the configuration's value
 * (acorn.bulletins.approval.required) until a site administrator changes it on the bulletins page. Only a site
 * administrator may, so a co-ordinator cannot switch the check off to send their own bulletin unapproved.
 */
@ApplicationScoped
public class BulletinPolicy {

    static final String APPROVAL = "approval.required";

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject BulletinSettings settings;
    @Inject Caller caller;
    @Inject Clock clock;
    @Inject AuditLog audit;

    @Transactional
    public boolean approvalRequired() {
        List<?> v = em.createNativeQuery("select setting_value from bulletin_setting where name = ?").setParameter(1, APPROVAL).getResultList();
        return v.isEmpty() ? settings.approvalRequired() : Boolean.parseBoolean((String) v.get(0));
    }

    @Transactional
    public void requireApproval(boolean required) {
        Account me = caller.require();
        if (!me.hasRole(Role.SITE_ADMIN)) throw new AccessDenied("Only a site administrator can change whether bulletins need approval.");
        boolean before = approvalRequired();
        Timestamp now = Timestamp.from(clock.instant());
        int n = em.createNativeQuery("update bulletin_setting set setting_value = ?, changed_by = ?, changed_at = ? where name = ?")
                .setParameter(1, String.valueOf(required)).setParameter(2, me.getDisplayName()).setParameter(3, now)
                .setParameter(4, APPROVAL).executeUpdate();
        if (n == 0) {
            em.createNativeQuery("insert into bulletin_setting (name, setting_value, changed_by, changed_at) values (?, ?, ?, ?)")
                    .setParameter(1, APPROVAL).setParameter(2, String.valueOf(required)).setParameter(3, me.getDisplayName())
                    .setParameter(4, now).executeUpdate();
        }
        if (before != required) {
            audit.record("bulletin.approval.setting", new AuditLog.Target("setting", null, APPROVAL), before + " → " + required);
        }
    }
}

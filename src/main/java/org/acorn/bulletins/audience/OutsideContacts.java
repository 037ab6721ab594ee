package org.acorn.bulletins.audience;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.acorn.bulletins.BulletinRefused;
import org.acorn.platform.account.Account;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Role;

/** Manual distribution lists for contacts outside membership (commissioners, councillors, partner agencies). */
@ApplicationScoped
public class OutsideContacts {

    /** An address as a person would type it; anything else is refused before it is ever sent to. */
    static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    static final java.util.regex.Pattern LIST = java.util.regex.Pattern.compile("[\\p{L}\\p{N} '&()-]{1,60}");

    /** One contact, for the page. */
    public record Contact(Long id, String list, String name, String email, boolean stopped) {
        public Long getId() { return id; }
        public String getList() { return list; }
        public String getName() { return name; }
        public String getEmail() { return email; }
        public boolean isStopped() { return stopped; }
    }

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject Clock clock;
    @Inject AuditLog audit;

    public static boolean validAddress(String email) {
        return email != null && email.length() <= 254 && ADDRESS.matcher(email).matches();
    }

    @Transactional
    public void add(String list, String name, String email) {
        Account me = caller.require();
        if (!me.hasRole(Role.COORDINATOR) && !me.hasRole(Role.SITE_ADMIN)) throw new AccessDenied("Only co-ordinators keep distribution lists.");
        String l = list == null ? "" : list.strip();
        String n = name == null ? "" : name.strip();
        String e = email == null ? "" : email.strip();
        if (!LIST.matcher(l).matches()) throw new BulletinRefused("list", "Name the list in letters and numbers (up to 60), e.g. “Commissioners”.");
        if (n.isEmpty() || n.length() > 160) throw new BulletinRefused("name", "Give the contact's name (up to 160 characters).");
        if (!validAddress(e)) throw new BulletinRefused("email", "That is not an email address: check it, e.g. name@example.org.");
        boolean exists = !em.createNativeQuery("select id from outside_contact where list_name = ? and lower(email) = ?")
                .setParameter(1, l).setParameter(2, e.toLowerCase(java.util.Locale.ROOT)).getResultList().isEmpty();
        if (exists) throw new BulletinRefused("email", e + " is already on the list " + l + ".");
        em.createNativeQuery("insert into outside_contact (list_name, name, email, created_at) values (?, ?, ?, ?)")
                .setParameter(1, l).setParameter(2, n).setParameter(3, e).setParameter(4, Timestamp.from(clock.instant())).executeUpdate();
        audit.record("contact.added", new AuditLog.Target("distribution-list", null, l), n);
    }

    @Transactional
    public List<Contact> all() {
        Account me = caller.require();
        if (!me.hasRole(Role.COORDINATOR) && !me.hasRole(Role.SITE_ADMIN)) throw new AccessDenied("Only co-ordinators keep distribution lists.");
        List<Contact> out = new ArrayList<>();
        for (Object r : em.createNativeQuery("select id, list_name, name, email, stopped_at from outside_contact order by list_name, name")
                .getResultList()) {
            Object[] row = (Object[]) r;
            out.add(new Contact(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3], row[4] != null));
        }
        return out;
    }
}

package org.acorn.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.acorn.platform.account.Account;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Role;

/** Builds a {@link ForumReader} for an account: its roles, its organisation's districts, lists and moderation. */
@ApplicationScoped
public class ForumReaders {

    @PersistenceContext(unitName = "acorn") EntityManager em;

    public ForumReader of(Account a) {
        if (a == null || !a.isActive()) return ForumReader.VISITOR;
        boolean staff = a.getRoles().stream().anyMatch(Role::isStaff);
        boolean manager = a.hasRole(Role.COORDINATOR) || a.hasRole(Role.SITE_ADMIN);
        Long org = a.getOrganisationId();
        boolean member = org != null || a.hasRole(Role.MEMBER) || a.hasRole(Role.PARTNER_OFFICER);
        Set<Long> districts = new HashSet<>();
        boolean countyWide = false;
        if (org != null) {
            List<?> rows = em.createNativeQuery("select d.district_id from organisation_district d"
                    + " join organisation o on o.id = d.organisation_id where o.id = ?1 and o.membership_status = 'MEMBER'")
                    .setParameter(1, org).getResultList();
            rows.forEach(x -> districts.add(((Number) x).longValue()));
            List<?> wide = em.createNativeQuery("select county_wide from organisation where id = ?1 and membership_status = 'MEMBER'")
                    .setParameter(1, org).getResultList();
            countyWide = !wide.isEmpty() && Boolean.TRUE.equals(asBoolean(wide.get(0)));
            if (wide.isEmpty()) member = a.hasRole(Role.MEMBER) || a.hasRole(Role.PARTNER_OFFICER);
        }
        Set<Long> lists = new HashSet<>();
        em.createNativeQuery("select category_id from forum_category_member where account_id = ?1")
                .setParameter(1, a.getId()).getResultList().forEach(x -> lists.add(((Number) x).longValue()));
        boolean all = false;
        Set<Long> moderated = new HashSet<>();
        for (Moderator m : em.createQuery("select m from Moderator m where m.accountId = :a", Moderator.class)
                .setParameter("a", a.getId()).getResultList()) {
            if (m.getCategoryId() == null) all = true;
            else moderated.add(m.getCategoryId());
        }
        return new ForumReader(a.getId(), member, staff, manager, org, districts, countyWide, lists, all, moderated);
    }

    public ForumReader of(Long accountId) {
        return accountId == null ? ForumReader.VISITOR : of(em.find(Account.class, accountId));
    }

    private static Boolean asBoolean(Object o) {
        if (o instanceof Boolean b) return b;
        if (o instanceof Number n) return n.intValue() != 0;
        return Boolean.FALSE;
    }

    /** The person making this request, as the forum sees them (built once per request). */
    @Named("forumReader")
    @RequestScoped
    public static class Current {
        @Inject Caller caller;
        @Inject ForumReaders readers;
        private ForumReader reader;

        public ForumReader get() {
            if (reader == null) reader = readers.of(caller.account().orElse(null));
            return reader;
        }

        public boolean isModerator() { return get().moderatesSomething(); }
        public boolean isManager() { return get().manager(); }
        public boolean isSignedIn() { return get().signedIn(); }
    }
}

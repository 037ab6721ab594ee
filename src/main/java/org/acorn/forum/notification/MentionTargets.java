package org.acorn.forum.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.acorn.forum.Mentions;
import org.acorn.platform.account.Account;

/**
 * Who an @mention reaches: the person whose name it is, or everyone signed in for the organisation whose name
 * it is. Names are narrowed in the database by their first word and matched exactly here.
 */
@ApplicationScoped
public class MentionTargets {

    @PersistenceContext(unitName = "acorn") EntityManager em;

    @Transactional
    public Set<Long> accounts(Set<String> handles) {
        Set<Long> out = new LinkedHashSet<>();
        for (String handle : handles) {
            String first = handle.contains("-") ? handle.substring(0, handle.indexOf('-')) : handle;
            String like = first.replace("\\", "").replace("%", "").replace("_", "") + "%";
            for (Account a : em.createQuery("select a from Account a where lower(a.displayName) like :p and a.status = :s",
                    Account.class).setParameter("p", like).setParameter("s", Account.Status.ACTIVE).setMaxResults(200).getResultList()) {
                if (matches(a.getDisplayName(), handle)) out.add(a.getId());
            }
            List<Long> orgs = em.createQuery("select o.id, o.name from Organisation o where lower(o.name) like :p", Object[].class)
                    .setParameter("p", like).setMaxResults(200).getResultList().stream()
                    .filter(r -> matches((String) r[1], handle)).map(r -> (Long) r[0]).toList();
            if (!orgs.isEmpty()) {
                out.addAll(em.createQuery("select a.id from Account a where a.organisationId in :o and a.status = :s", Long.class)
                        .setParameter("o", orgs).setParameter("s", Account.Status.ACTIVE).getResultList());
            }
        }
        return out;
    }

    /** "Sam Carter (co-ordinator)" answers to @Sam-Carter as well as to its full name. */
    static boolean matches(String name, String handle) {
        return Mentions.handle(name).equals(handle) || Mentions.handle(name.replaceAll("\\(.*?\\)", "")).equals(handle);
    }
}

package org.acorn.governance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.acorn.directory.MembershipStatus;
import org.acorn.directory.Organisation;
import org.acorn.platform.account.Account;
import org.acorn.platform.security.Role;

/** The member organisations a seat speaks for, and the people at them who can be emailed. */
@ApplicationScoped
public class Constituents {

    @PersistenceContext(unitName = "acorn") EntityManager em;

    /** Member organisations of a district (with county-wide ones if asked), or all members when district is null. */
    @Transactional
    public List<Organisation> organisations(Long districtId, boolean countyWideIncluded) {
        List<Organisation> members = em.createQuery("select o from Organisation o where o.membershipStatus = :m order by o.name",
                Organisation.class).setParameter("m", MembershipStatus.MEMBER).getResultList();
        if (districtId == null) return members;
        return members.stream().filter(o -> Eligibility.inConstituency(o, districtId, countyWideIncluded)).toList();
    }

    /** Active organisation admins of the organisation (who vote and nominate for it). */
    @Transactional
    public List<Account> admins(Long organisationId) {
        return em.createQuery("select a from Account a where a.organisationId = :o and a.status = :active", Account.class)
                .setParameter("o", organisationId).setParameter("active", Account.Status.ACTIVE).getResultList()
                .stream().filter(a -> a.hasRole(Role.ORG_ADMIN) && a.isEmailVerified()).toList();
    }

    /** Active people of an organisation (candidates it may nominate). */
    @Transactional
    public List<Account> people(Long organisationId) {
        return em.createQuery("select a from Account a where a.organisationId = :o and a.status = :active order by a.displayName",
                Account.class).setParameter("o", organisationId).setParameter("active", Account.Status.ACTIVE).getResultList();
    }

    /** The id of the account with that email, or null. */
    @Transactional
    public Long accountId(String email) {
        if (email == null || email.isBlank()) return null;
        return em.createQuery("select a.id from Account a where a.email = :e", Long.class)
                .setParameter("e", email.strip().toLowerCase(java.util.Locale.ROOT)).getResultStream().findFirst().orElse(null);
    }

    @Transactional
    public List<Account> coordinators() {
        return em.createQuery("select a from Account a where a.status = :active", Account.class)
                .setParameter("active", Account.Status.ACTIVE).getResultList().stream()
                .filter(a -> a.hasRole(Role.COORDINATOR)).toList();
    }
}

package org.acorn.platform.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.acorn.platform.security.Role;

/** Queries over accounts. */
@ApplicationScoped
public class Accounts {

    @PersistenceContext(unitName = "acorn") EntityManager em;

    @Transactional
    public Optional<Account> find(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Account.class, id));
    }

    @Transactional
    public Optional<Account> byEmail(String email) {
        return Optional.ofNullable(byEmail(em, Account.normaliseEmail(email)));
    }

    @Transactional
    public List<Account> ofOrganisation(Long organisationId) {
        return em.createQuery("select a from Account a where a.organisationId = :o order by a.displayName", Account.class)
                .setParameter("o", organisationId).getResultList();
    }

    /** Active accounts holding the role, by name: who mail for a role's holders goes to. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Account> withRole(Role role) {
        return em.createQuery("select distinct a from Account a join a.roles r where r = :r order by a.displayName", Account.class)
                .setParameter("r", role).getResultList().stream().filter(Account::isActive).toList();
    }

    static Account byEmail(EntityManager em, String normalisedEmail) {
        if (normalisedEmail == null || normalisedEmail.isEmpty()) return null;
        return em.createQuery("select a from Account a where a.email = :e", Account.class)
                .setParameter("e", normalisedEmail).getResultStream().findFirst().orElse(null);
    }
}

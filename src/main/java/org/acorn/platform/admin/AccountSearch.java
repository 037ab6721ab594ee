package org.acorn.platform.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.acorn.platform.account.Account;
import org.acorn.platform.persistence.Like;
import org.acorn.platform.persistence.ResultPage;
import org.acorn.platform.security.Caller;

/** Staff look-ups over all accounts: search by name or email, and one account with its details. */
@ApplicationScoped
public class AccountSearch {

    public static final int PAGE_SIZE = 50;
    /** Longer search text than this is cut: no name or email is longer, and patterns stay cheap. */
    public static final int MAX_TEXT = 200;

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;

    /** Accounts whose name or email contains the text (any case), by name, one page of {@link #PAGE_SIZE}. */
    @Transactional
    public ResultPage<Account> search(String text, int page) {
        caller.requireStaff();
        String t = text == null ? "" : text.strip();
        if (t.length() > MAX_TEXT) t = t.substring(0, MAX_TEXT);
        String where = t.isEmpty() ? "" : " where lower(a.displayName) like :p escape '!' or a.email like :p escape '!'";
        TypedQuery<Long> count = em.createQuery("select count(a) from Account a" + where, Long.class);
        TypedQuery<Account> rows = em.createQuery("select a from Account a" + where
                + " order by lower(a.displayName), a.id", Account.class);
        if (!t.isEmpty()) {
            count.setParameter("p", Like.contains(t));
            rows.setParameter("p", Like.contains(t));
        }
        long total = count.getSingleResult();
        int shown = ResultPage.clamp(page, PAGE_SIZE, total);
        return new ResultPage<>(rows.setFirstResult(ResultPage.offset(shown, PAGE_SIZE)).setMaxResults(PAGE_SIZE)
                .getResultList(), shown, PAGE_SIZE, total);
    }

    @Transactional
    public Optional<Account> find(Long id) {
        caller.requireStaff();
        return Optional.ofNullable(id == null ? null : em.find(Account.class, id));
    }
}

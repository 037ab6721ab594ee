package org.acorn.forum.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import org.acorn.forum.ForumAccess;
import org.acorn.forum.ForumCategory;
import org.acorn.forum.ForumMember;
import org.acorn.forum.ForumReader;
import org.acorn.forum.ForumReaders;
import org.acorn.forum.ForumRefused;
import org.acorn.forum.ReadingState;
import org.acorn.forum.Subscription;
import org.acorn.forum.Subscription.Mode;
import org.acorn.platform.account.Account;
import org.acorn.platform.security.Caller;

/** A person's email choices: per category (every post, daily, weekly, none) and for mentions. */
@ApplicationScoped
public class Subscriptions {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject ForumReaders readers;
    @Inject ReadingState reading;

    @Transactional
    public Map<Long, Mode> modes(Long accountId) {
        Map<Long, Mode> out = new HashMap<>();
        em.createQuery("select s from Subscription s where s.accountId = :a", Subscription.class)
                .setParameter("a", accountId).getResultList().forEach(s -> out.put(s.getCategoryId(), s.getMode()));
        return out;
    }

    @Transactional
    public void set(Long categoryId, Mode mode) {
        Account a = caller.require();
        ForumReader r = readers.of(a);
        ForumCategory c = categoryId == null ? null : em.find(ForumCategory.class, categoryId);
        if (c == null || !ForumAccess.mayRead(r, c)) throw ForumRefused.of("That forum does not exist or is not open to you.");
        if (mode == null) throw ForumRefused.field("mode", "Choose how you want to hear about new posts.");
        setFor(a.getId(), categoryId, mode);
    }

    /** Used by one-click unsubscribe too, where the link stands for the person. */
    @Transactional
    public void setFor(Long accountId, Long categoryId, Mode mode) {
        Subscription s = em.find(Subscription.class, key(accountId, categoryId));
        if (mode == Mode.NONE) {
            if (s != null) em.remove(s);
        } else if (s == null) {
            em.persist(new Subscription(accountId, categoryId, mode));
        } else {
            s.setMode(mode);
        }
    }

    @Transactional
    public boolean mentionEmails(Long accountId) {
        ForumMember m = em.find(ForumMember.class, accountId);
        return m == null || m.isMentionEmails();
    }

    @Transactional
    public void setMentionEmails(Long accountId, boolean on) {
        reading.member(accountId).setMentionEmails(on);
    }

    /** Every daily and weekly digest off (the digest's unsubscribe link). */
    @Transactional
    public int stopDigests(Long accountId) {
        return em.createQuery("delete from Subscription s where s.accountId = :a and s.mode in :m")
                .setParameter("a", accountId).setParameter("m", java.util.List.of(Mode.DAILY, Mode.WEEKLY)).executeUpdate();
    }

    private static Subscription.Key key(Long accountId, Long categoryId) {
        return new Subscription.Key(accountId, categoryId);
    }
}

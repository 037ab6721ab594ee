package org.acorn.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Per person: how far each topic is read, follow and mute, visits. Marking read runs in a transaction of its
 * own and never fails a page: two tabs racing to insert the same row lose nothing worth an error.
 */
@ApplicationScoped
public class ReadingState {

    private static final Logger LOG = Logger.getLogger(ReadingState.class.getName());

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Clock clock;

    @Transactional
    public Map<Long, Integer> readUpTo(Long accountId, Collection<Long> topicIds) {
        Map<Long, Integer> out = new HashMap<>();
        if (topicIds.isEmpty()) return out;
        for (ForumRead r : em.createQuery("select r from ForumRead r where r.accountId = :a and r.topicId in :t", ForumRead.class)
                .setParameter("a", accountId).setParameter("t", topicIds).getResultList()) {
            out.put(r.getTopicId(), r.getLastReadNumber());
        }
        return out;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markRead(Long accountId, Long topicId, int upTo) {
        try {
            ForumRead r = em.find(ForumRead.class, new TopicPersonKey(accountId, topicId));
            if (r == null) em.persist(new ForumRead(accountId, topicId, upTo));
            else r.readUpTo(upTo);
            em.flush();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "event=forum.read.race", e);
        }
    }

    @Transactional
    public Optional<TopicWatch.Level> watch(Long accountId, Long topicId) {
        return Optional.ofNullable(em.find(TopicWatch.class, new TopicPersonKey(accountId, topicId))).map(TopicWatch::getLevel);
    }

    /** FOLLOW, MUTE, or null to go back to the category's setting. */
    @Transactional
    public void setWatch(Long accountId, Long topicId, TopicWatch.Level level) {
        TopicWatch w = em.find(TopicWatch.class, new TopicPersonKey(accountId, topicId));
        if (level == null) {
            if (w != null) em.remove(w);
        } else if (w == null) {
            em.persist(new TopicWatch(accountId, topicId, level));
        } else {
            w.setLevel(level);
        }
    }

    /** The person's forum row, made on first use. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ForumMember member(Long accountId) {
        ForumMember m = em.find(ForumMember.class, accountId);
        if (m == null) {
            m = new ForumMember(accountId);
            em.persist(m);
        }
        return m;
    }

    /** When the person's previous visit began (the start of "new since your last visit"), or null. */
    @Transactional
    public Instant previousVisit(Long accountId) {
        ForumMember m = em.find(ForumMember.class, accountId);
        return m == null ? null : m.getPreviousVisitAt();
    }

    /** Records a forum page view; returns the start of "new since your last visit". Never fails the page. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Instant visit(Long accountId) {
        try {
            ForumMember m = member(accountId);
            m.seen(clock.instant());
            em.flush();
            return m.getPreviousVisitAt();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "event=forum.visit.race", e);
            return clock.instant();
        }
    }
}

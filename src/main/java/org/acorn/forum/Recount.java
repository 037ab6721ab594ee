package org.acorn.forum;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/**
 * Keeps the counts shown in lists true after posts appear, vanish or move. Counting one topic's or category's
 * rows uses their indexes; it runs only when something changes, never when a page is read.
 */
public final class Recount {

    private Recount() { }

    public static void topic(EntityManager em, ForumTopic t) {
        // no max() over a time: MySQL's driver hands aggregates back as LocalDateTime, which the Instant converter refuses
        long published = em.createQuery("select count(p.id) from ForumPost p where p.topicId = :t and p.status = :s", Long.class)
                .setParameter("t", t.getId()).setParameter("s", ForumPost.Status.PUBLISHED).getSingleResult();
        t.setReplyCount((int) Math.max(0, published - 1));
        List<Object[]> last = em.createQuery("select p.authorId, p.createdAt from ForumPost p where p.topicId = :t"
                        + " and p.status = :s order by p.postNumber desc", Object[].class)
                .setParameter("t", t.getId()).setParameter("s", ForumPost.Status.PUBLISHED).setMaxResults(1).getResultList();
        if (!last.isEmpty()) t.setLastPost((Long) last.get(0)[0], (Instant) last.get(0)[1]);
    }

    public static void category(EntityManager em, Long categoryId) {
        long topics = em.createQuery("select count(t.id) from ForumTopic t where t.categoryId = :c and t.status = :open", Long.class)
                .setParameter("c", categoryId).setParameter("open", ForumTopic.Status.OPEN).getSingleResult();
        long posts = em.createQuery("select count(p.id) from ForumPost p, ForumTopic t where t.id = p.topicId"
                        + " and t.categoryId = :c and t.status = :open and p.status = :pub", Long.class)
                .setParameter("c", categoryId).setParameter("open", ForumTopic.Status.OPEN)
                .setParameter("pub", ForumPost.Status.PUBLISHED).getSingleResult();
        List<Instant> last = em.createQuery("select t.lastPostAt from ForumTopic t where t.categoryId = :c and t.status = :open"
                        + " order by t.lastPostAt desc", Instant.class)
                .setParameter("c", categoryId).setParameter("open", ForumTopic.Status.OPEN).setMaxResults(1).getResultList();
        em.createQuery("update ForumCategory c set c.topicCount = :t, c.postCount = :p, c.lastPostAt = :at where c.id = :c")
                .setParameter("t", (int) topics).setParameter("p", (int) posts)
                .setParameter("at", last.isEmpty() ? null : last.get(0)).setParameter("c", categoryId).executeUpdate();
    }
}

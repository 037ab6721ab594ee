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
        List<Object[]> rows = em.createQuery("select count(p.id), max(p.createdAt) from ForumPost p where p.topicId = :t"
                + " and p.status = :s", Object[].class).setParameter("t", t.getId())
                .setParameter("s", ForumPost.Status.PUBLISHED).getResultList();
        long published = rows.isEmpty() || rows.get(0)[0] == null ? 0 : ((Number) rows.get(0)[0]).longValue();
        t.setReplyCount((int) Math.max(0, published - 1));
        List<Object[]> last = em.createQuery("select p.authorId, p.createdAt from ForumPost p where p.topicId = :t"
                        + " and p.status = :s order by p.postNumber desc", Object[].class)
                .setParameter("t", t.getId()).setParameter("s", ForumPost.Status.PUBLISHED).setMaxResults(1).getResultList();
        if (!last.isEmpty()) t.setLastPost((Long) last.get(0)[0], (Instant) last.get(0)[1]);
    }

    public static void category(EntityManager em, Long categoryId) {
        long topics = em.createQuery("select count(t.id) from ForumTopic t where t.categoryId = :c and t.status = :open", Long.class)
                .setParameter("c", categoryId).setParameter("open", ForumTopic.Status.OPEN).getSingleResult();
        Object[] posts = em.createQuery("select count(p.id), max(p.createdAt) from ForumPost p, ForumTopic t where t.id = p.topicId"
                        + " and t.categoryId = :c and t.status = :open and p.status = :pub", Object[].class)
                .setParameter("c", categoryId).setParameter("open", ForumTopic.Status.OPEN)
                .setParameter("pub", ForumPost.Status.PUBLISHED).getSingleResult();
        em.createQuery("update ForumCategory c set c.topicCount = :t, c.postCount = :p, c.lastPostAt = :at where c.id = :c")
                .setParameter("t", (int) topics).setParameter("p", ((Number) posts[0]).intValue())
                .setParameter("at", (Instant) posts[1]).setParameter("c", categoryId).executeUpdate();
    }
}

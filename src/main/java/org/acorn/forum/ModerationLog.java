package org.acorn.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.acorn.platform.audit.AuditLog;

/** Writes each moderation action twice: to the forum's moderation log (for moderators) and the audit log (staff). */
@ApplicationScoped
public class ModerationLog {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject AuditLog audit;
    @Inject Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Long actorId, String action, ForumTopic topic, ForumPost post, String detail) {
        em.persist(new ModerationEntry(clock.instant(), actorId, action, topic == null ? null : topic.getCategoryId(),
                topic == null ? null : topic.getId(), post == null ? null : post.getId(), detail));
        AuditLog.Target target = post != null
                ? new AuditLog.Target("forum-post", post.getId(), label(topic) + " #" + post.getPostNumber())
                : new AuditLog.Target("forum-topic", topic == null ? null : topic.getId(), label(topic));
        audit.record("forum." + action, target, detail);
    }

    private static String label(ForumTopic t) {
        if (t == null) return "";
        String title = t.getTitle();
        return title.length() > 180 ? title.substring(0, 180) + "…" : title;
    }

    @Transactional
    public List<ModerationEntry> recent(int max) {
        return em.createQuery("select e from ModerationEntry e order by e.occurredAt desc, e.id desc", ModerationEntry.class)
                .setMaxResults(max).getResultList();
    }
}

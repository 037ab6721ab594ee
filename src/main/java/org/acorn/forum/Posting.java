package org.acorn.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.acorn.platform.account.Account;
import org.acorn.platform.outbox.Outbox;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Throttle;
import org.acorn.search.IndexEvents;

/**
 * Writing in the forum: topics, replies, edits with history, deletion by the author. Every method checks the
 * caller against {@link ForumAccess}, validates before it writes, and queues its side effects (notifications,
 * search index) in the same transaction.
 */
@ApplicationScoped
public class Posting {

    /** Outbox kind: a post became visible (payload: its id); the notification package sends the emails. */
    public static final String PUBLISHED = "forum-post";
    /** Search index kind of forum posts. */
    public static final String INDEX_KIND = "forum";

    public record Posted(Long topicId, Long postId, int postNumber, boolean pending) { }

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject ForumReaders readers;
    @Inject ForumSettings settings;
    @Inject Throttle throttle;
    @Inject Outbox outbox;
    @Inject IndexEvents index;
    @Inject ReadingState reading;
    @Inject ModerationLog moderationLog;
    @Inject Clock clock;
    @Inject org.acorn.platform.cards.LinkedRecords linked;

    @Transactional
    public Posted startTopic(Long categoryId, String title, String body) {
        Account a = caller.require();
        ForumReader r = readers.of(a);
        ForumCategory c = categoryId == null ? null : em.find(ForumCategory.class, categoryId);
        if (c == null || !ForumAccess.mayRead(r, c)) throw ForumRefused.of("That forum does not exist or is not open to you.");
        if (!ForumAccess.mayStartTopic(r, c)) throw ForumRefused.of("You cannot start a topic in " + c.getName() + ".");
        String cleanTitle = ForumInput.title(title);
        String cleanBody = ForumInput.body(body, settings.maxChars());
        limit(r, c, "forum-topic", "You have started several topics in the last few minutes. Please wait a little before starting another.");
        boolean pending = needsApproval(r);
        Instant now = clock.instant();
        ForumTopic t = new ForumTopic(c.getId(), cleanTitle, a.getId(), now);
        if (pending) t.setStatus(ForumTopic.Status.PENDING);
        em.persist(t);
        em.flush();
        ForumPost p = new ForumPost(t.getId(), t.nextPostNumber(), a.getId(), a.getOrganisationId(),
                pending ? ForumPost.Status.PENDING : ForumPost.Status.PUBLISHED, now);
        p.write(ForumText.render(cleanBody, linked.refs(cleanBody, ForumText.MAX_CARDS)));
        em.persist(p);
        em.flush();
        reading.setWatch(a.getId(), t.getId(), TopicWatch.Level.FOLLOW);
        if (!pending) published(t, p);
        return new Posted(t.getId(), p.getId(), p.getPostNumber(), pending);
    }

    @Transactional
    public Posted reply(Long topicId, String body, Integer replyTo) {
        Account a = caller.require();
        ForumReader r = readers.of(a);
        ForumTopic t = topicId == null ? null : em.find(ForumTopic.class, topicId, LockModeType.PESSIMISTIC_WRITE);
        ForumCategory c = t == null ? null : em.find(ForumCategory.class, t.getCategoryId());
        if (t == null || !ForumAccess.mayReadTopic(r, c, t)) throw ForumRefused.of("That topic does not exist or is not open to you.");
        if (!ForumAccess.mayReply(r, c, t)) {
            throw ForumRefused.of(t.isLocked() ? "This topic is locked: no more replies." : "You cannot reply to this topic.");
        }
        String cleanBody = ForumInput.body(body, settings.maxChars());
        limit(r, c, "forum-post", "You have posted several times in the last few minutes. Please wait a little before posting again.");
        boolean pending = needsApproval(r);
        Instant now = clock.instant();
        ForumPost p = new ForumPost(t.getId(), t.nextPostNumber(), a.getId(), a.getOrganisationId(),
                pending ? ForumPost.Status.PENDING : ForumPost.Status.PUBLISHED, now);
        if (replyTo != null && replyTo >= 1 && replyTo < p.getPostNumber()) p.setReplyToNumber(replyTo);
        p.write(ForumText.render(cleanBody, linked.refs(cleanBody, ForumText.MAX_CARDS)));
        em.persist(p);
        em.flush();
        reading.markRead(a.getId(), t.getId(), p.getPostNumber());
        if (!pending) published(t, p);
        return new Posted(t.getId(), p.getId(), p.getPostNumber(), pending);
    }

    /** Edits a post (and the topic's title, for an opening post); the old version goes into its history. */
    @Transactional
    public void edit(Long postId, String body, String title) {
        Account a = caller.require();
        ForumReader r = readers.of(a);
        ForumPost p = postId == null ? null : em.find(ForumPost.class, postId);
        ForumTopic t = p == null ? null : em.find(ForumTopic.class, p.getTopicId());
        ForumCategory c = t == null ? null : em.find(ForumCategory.class, t.getCategoryId());
        if (p == null || !ForumAccess.mayReadTopic(r, c, t) || !ForumAccess.maySeeBody(r, c, p)) {
            throw ForumRefused.of("That post does not exist or is not open to you.");
        }
        if (!ForumAccess.mayEdit(r, c, t, p)) throw ForumRefused.of("You can only edit your own posts.");
        String cleanBody = ForumInput.body(body, settings.maxChars());
        boolean opening = p.getPostNumber() == 1;
        String cleanTitle = opening && title != null ? ForumInput.title(title) : t.getTitle();
        boolean titleChanged = !cleanTitle.equals(t.getTitle());
        if (cleanBody.equals(p.getBody()) && !titleChanged) return;
        Instant now = clock.instant();
        List<Long> lastEditor = em.createQuery("select v.replacedBy from PostRevision v where v.postId = :p"
                        + " order by v.replacedAt desc, v.id desc", Long.class).setParameter("p", p.getId()).setMaxResults(1).getResultList();
        Instant writtenAt = p.getEditedAt() == null ? p.getCreatedAt() : p.getEditedAt();
        em.persist(new PostRevision(p, opening ? t.getTitle() : null,
                lastEditor.isEmpty() ? p.getAuthorId() : lastEditor.get(0), writtenAt, a.getId(), now));
        p.write(ForumText.render(cleanBody, linked.refs(cleanBody, ForumText.MAX_CARDS)));
        p.edited(now);
        if (titleChanged) t.setTitle(cleanTitle);
        if (!a.getId().equals(p.getAuthorId())) {
            moderationLog.record(a.getId(), "post.edited", t, p, "edited another person's post");
        }
        if (titleChanged) reindexTopic(t.getId());
        else index.changed(INDEX_KIND, String.valueOf(p.getId()));
    }

    /** The author takes back their post within the window; an opening post takes its topic with it. */
    @Transactional
    public void delete(Long postId) {
        Account a = caller.require();
        ForumReader r = readers.of(a);
        ForumPost p = postId == null ? null : em.find(ForumPost.class, postId);
        ForumTopic t = p == null ? null : em.find(ForumTopic.class, p.getTopicId(), LockModeType.PESSIMISTIC_WRITE);
        ForumCategory c = t == null ? null : em.find(ForumCategory.class, t.getCategoryId());
        if (p == null || !ForumAccess.mayReadTopic(r, c, t)) throw ForumRefused.of("That post does not exist or is not open to you.");
        if (!ForumAccess.mayDelete(r, c, t, p, clock.instant(), settings.deleteWindow())) {
            throw ForumRefused.of("You can delete your own post only within " + settings.getDeleteWindowMinutes()
                    + " minutes of writing it. You can still edit it, or flag it for a moderator.");
        }
        p.setStatus(ForumPost.Status.DELETED);
        if (p.getPostNumber() == 1) {
            t.setStatus(ForumTopic.Status.DELETED);
            em.flush();
            reindexTopic(t.getId());
        } else {
            em.flush();
            index.changed(INDEX_KIND, String.valueOf(p.getId()));
        }
        Recount.topic(em, t);
        Recount.category(em, c.getId());
    }

    @Transactional
    public void watch(Long topicId, TopicWatch.Level level) {
        Account a = caller.require();
        ForumReader r = readers.of(a);
        ForumTopic t = topicId == null ? null : em.find(ForumTopic.class, topicId);
        ForumCategory c = t == null ? null : em.find(ForumCategory.class, t.getCategoryId());
        if (t == null || !ForumAccess.mayReadTopic(r, c, t)) throw ForumRefused.of("That topic does not exist or is not open to you.");
        reading.setWatch(a.getId(), t.getId(), level);
    }

    /** A post became visible to readers: counts, search index, and the emails it causes (after commit). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void published(ForumTopic t, ForumPost p) {
        if (p.getPostNumber() > 1) {
            t.replied(p.getAuthorId(), p.getCreatedAt());
        } else {
            t.setLastPost(p.getAuthorId(), p.getCreatedAt());
        }
        em.flush();
        // counted on, not recounted: a category of half a million posts must not be counted at every reply
        em.createQuery("update ForumCategory c set c.postCount = c.postCount + 1, c.topicCount = c.topicCount + :n,"
                        + " c.lastPostAt = :at where c.id = :c")
                .setParameter("n", p.getPostNumber() == 1 ? 1 : 0).setParameter("at", p.getCreatedAt())
                .setParameter("c", t.getCategoryId()).executeUpdate();
        index.changed(INDEX_KIND, String.valueOf(p.getId()));
        outbox.enqueue(PUBLISHED, PUBLISHED + ":" + p.getId(), String.valueOf(p.getId()));
    }

    /** Every post of the topic, again: its title, category or visibility changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reindexTopic(Long topicId) {
        for (Long id : em.createQuery("select p.id from ForumPost p where p.topicId = :t", Long.class)
                .setParameter("t", topicId).getResultList()) {
            index.changed(INDEX_KIND, String.valueOf(id));
        }
    }

    private boolean needsApproval(ForumReader r) {
        if (!settings.firstPostApproval() || r.moderatesSomething()) return false;
        ForumMember m = reading.member(r.accountId());
        return !m.isApprovedPoster();
    }

    private void limit(ForumReader r, ForumCategory c, String action, String message) {
        if (ForumAccess.mayModerate(r, c)) return;
        String who = String.valueOf(r.accountId());
        if (throttle.exceeded(action, "account", who)) throw ForumRefused.of(message);
        throttle.count(action, "account", who);
    }

    /** Field messages for a whole form, for pages that show several at once. */
    static Map<String, String> errors(String field, String message) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(field, message);
        return m;
    }
}

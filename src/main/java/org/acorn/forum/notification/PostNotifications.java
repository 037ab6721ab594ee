package org.acorn.forum.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.acorn.forum.Forum;
import org.acorn.forum.ForumAccess;
import org.acorn.forum.ForumCategory;
import org.acorn.forum.ForumPost;
import org.acorn.forum.ForumReader;
import org.acorn.forum.ForumReaders;
import org.acorn.forum.ForumTopic;
import org.acorn.forum.Mentions;
import org.acorn.forum.Posting;
import org.acorn.forum.Subscription;
import org.acorn.forum.TopicWatch;
import org.acorn.platform.account.Account;
import org.acorn.platform.mail.Mailer;
import org.acorn.platform.outbox.OutboxHandler;

/**
 * After a post becomes visible: emails the people it concerns — those it mentions, those following its topic,
 * and those who asked for every post in its category — except its author, anyone who muted the topic, and
 * anyone who may not read it. Choices are read when the email is made, so an unsubscribe is honoured at once.
 * Each email is queued with a key of post and recipient: handling the same post twice sends nothing twice.
 */
@ApplicationScoped
public class PostNotifications implements OutboxHandler {

    private static final Logger LOG = Logger.getLogger(PostNotifications.class.getName());

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject ForumReaders readers;
    @Inject MentionTargets mentionTargets;
    @Inject ForumMail mail;
    @Inject Mailer mailer;
    @Inject Unsubscribe unsubscribe;
    @Inject Forum forum;

    @Override
    public String kind() { return Posting.PUBLISHED; }

    @Override
    @Transactional
    public void handle(String payload) {
        Long postId;
        try {
            postId = Long.valueOf(payload.strip());
        } catch (NumberFormatException e) {
            return;
        }
        ForumPost p = em.find(ForumPost.class, postId);
        if (p == null || !p.isPublished()) return;
        ForumTopic t = em.find(ForumTopic.class, p.getTopicId());
        if (t == null || !t.isOpen()) return;
        ForumCategory c = em.find(ForumCategory.class, t.getCategoryId());
        Map<Long, ForumMail.Reason> to = recipients(p, t);
        String author = forum.names(List.of(p.getAuthorId())).getOrDefault(p.getAuthorId(), "Someone");
        int sent = 0;
        for (Map.Entry<Long, ForumMail.Reason> e : to.entrySet()) {
            Account a = em.find(Account.class, e.getKey());
            if (a == null || !a.isActive() || !a.isEmailVerified()) continue;
            ForumReader r = readers.of(a);
            if (!ForumAccess.mayReadTopic(r, c, t) || !ForumAccess.maySeeBody(r, c, p)) continue;
            Long scopeId = switch (e.getValue()) {
                case MENTION -> null;
                case FOLLOW -> t.getId();
                case CATEGORY -> c.getId();
            };
            String stop = unsubscribe.link(a.getId(), e.getValue().scope, scopeId);
            mailer.queue(mail.post(a.getEmail(), e.getValue(), p, t, c, author, stop));
            sent++;
        }
        int count = sent;
        LOG.info(() -> "event=forum.post.notified post=" + postId + " emails=" + count);
    }

    /** Everyone to tell, with the strongest reason; the author and those who muted the topic left out. */
    Map<Long, ForumMail.Reason> recipients(ForumPost p, ForumTopic t) {
        Map<Long, ForumMail.Reason> to = new LinkedHashMap<>();
        Set<Long> mentioned = mentionTargets.accounts(Mentions.in(p.getBody()));
        if (!mentioned.isEmpty()) {
            Set<Long> quiet = new HashSet<>(em.createQuery("select m.accountId from ForumMember m where m.accountId in :a"
                    + " and m.mentionEmails = false", Long.class).setParameter("a", mentioned).getResultList());
            mentioned.stream().filter(id -> !quiet.contains(id)).forEach(id -> to.putIfAbsent(id, ForumMail.Reason.MENTION));
        }
        em.createQuery("select w.accountId from TopicWatch w where w.topicId = :t and w.level = :l", Long.class)
                .setParameter("t", t.getId()).setParameter("l", TopicWatch.Level.FOLLOW).getResultList()
                .forEach(id -> to.putIfAbsent(id, ForumMail.Reason.FOLLOW));
        em.createQuery("select s.accountId from Subscription s where s.categoryId = :c and s.mode = :m", Long.class)
                .setParameter("c", t.getCategoryId()).setParameter("m", Subscription.Mode.EACH).getResultList()
                .forEach(id -> to.putIfAbsent(id, ForumMail.Reason.CATEGORY));
        em.createQuery("select w.accountId from TopicWatch w where w.topicId = :t and w.level = :l", Long.class)
                .setParameter("t", t.getId()).setParameter("l", TopicWatch.Level.MUTE).getResultList().forEach(to::remove);
        to.remove(p.getAuthorId());
        return to;
    }

}

package org.acorn.forum.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acorn.forum.ForumAccess;
import org.acorn.forum.ForumCategory;
import org.acorn.forum.ForumMember;
import org.acorn.forum.ForumPost;
import org.acorn.forum.ForumReader;
import org.acorn.forum.ForumReaders;
import org.acorn.forum.ForumSettings;
import org.acorn.forum.ForumText;
import org.acorn.forum.ForumTopic;
import org.acorn.forum.ReadingState;
import org.acorn.forum.Subscription.Mode;
import org.acorn.forum.TopicWatch;
import org.acorn.forum.notification.DigestSelection.Candidate;
import org.acorn.platform.account.Account;
import org.acorn.platform.mail.Mailer;

/**
 * Daily and weekly digests, one person at a time in a transaction of their own. Safe when two nodes run at
 * once: the person's forum row is versioned and the email's outbox key names the person and the day.
 */
@ApplicationScoped
public class Digests {

    static final ZoneId UK = ZoneId.of("Europe/London");
    /** A digest is due this long after the last one (a little under the period, so the hourly pass never slips a day). */
    static final Duration DAILY_GAP = Duration.ofHours(20);
    static final Duration WEEKLY_GAP = Duration.ofDays(6);

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject ForumReaders readers;
    @Inject ReadingState reading;
    @Inject Mailer mailer;
    @Inject ForumMail mail;
    @Inject Unsubscribe unsubscribe;
    @Inject ForumSettings settings;
    @Inject Clock clock;

    /** People who chose a digest of this period for any category. */
    @Transactional
    public List<Long> subscribers(Mode period) {
        return em.createQuery("select distinct s.accountId from Subscription s where s.mode = :m", Long.class)
                .setParameter("m", period).getResultList();
    }

    /** Whether weekly digests go out today. */
    public boolean weeklyDay(Instant now) {
        return now.atZone(UK).getDayOfWeek() == settings.weeklyDigestDay();
    }

    /** @return true when a digest was queued */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean send(Long accountId, Mode period, Instant now) {
        Account a = em.find(Account.class, accountId);
        if (a == null || !a.isActive() || !a.isEmailVerified()) return false;
        ForumMember m = reading.member(accountId);
        Instant last = period == Mode.DAILY ? m.getDailyDigestAt() : m.getWeeklyDigestAt();
        if (last != null && last.isAfter(now.minus(period == Mode.DAILY ? DAILY_GAP : WEEKLY_GAP))) return false;
        Duration span = period == Mode.DAILY ? Duration.ofDays(1) : Duration.ofDays(7);
        Instant after = last == null ? now.minus(span) : max(last, now.minus(span.multipliedBy(2)));
        if (period == Mode.DAILY) m.setDailyDigestAt(now);
        else m.setWeeklyDigestAt(now);
        Map<Long, Mode> modes = new HashMap<>();
        em.createQuery("select s.categoryId, s.mode from Subscription s where s.accountId = :a", Object[].class)
                .setParameter("a", accountId).getResultList().forEach(r -> modes.put((Long) r[0], (Mode) r[1]));
        List<Long> categoryIds = modes.entrySet().stream().filter(e -> e.getValue() == period).map(Map.Entry::getKey).toList();
        if (categoryIds.isEmpty()) return false;
        Map<Long, ForumCategory> categories = new HashMap<>();
        em.createQuery("select c from ForumCategory c where c.id in :ids", ForumCategory.class).setParameter("ids", categoryIds)
                .getResultList().forEach(c -> categories.put(c.getId(), c));
        List<Object[]> rows = em.createQuery("select p, t from ForumPost p, ForumTopic t where t.id = p.topicId"
                        + " and t.categoryId in :c and t.status = :open and p.status = :pub and p.createdAt > :after"
                        + " and p.createdAt <= :now order by p.createdAt", Object[].class)
                .setParameter("c", categoryIds).setParameter("open", ForumTopic.Status.OPEN)
                .setParameter("pub", ForumPost.Status.PUBLISHED).setParameter("after", after).setParameter("now", now)
                .setMaxResults(500).getResultList();
        if (rows.isEmpty()) return false;
        Set<Long> authors = new HashSet<>();
        rows.forEach(r -> authors.add(((ForumPost) r[0]).getAuthorId()));
        Map<Long, String> names = new HashMap<>();
        em.createQuery("select a.id, a.displayName from Account a where a.id in :ids", Object[].class)
                .setParameter("ids", authors).getResultList().forEach(r -> names.put((Long) r[0], (String) r[1]));
        Map<Long, ForumTopic> topics = new HashMap<>();
        List<Candidate> candidates = rows.stream().map(r -> {
            ForumPost p = (ForumPost) r[0];
            ForumTopic t = (ForumTopic) r[1];
            topics.put(t.getId(), t);
            return new Candidate(p.getId(), t.getId(), t.getCategoryId(), t.getTitle(),
                    categories.get(t.getCategoryId()).getName(), p.getPostNumber(), p.getAuthorId(),
                    names.getOrDefault(p.getAuthorId(), "Someone"), p.getCreatedAt(), ForumText.excerpt(p.getBody(), 240));
        }).toList();
        Set<Long> muted = new HashSet<>(em.createQuery("select w.topicId from TopicWatch w where w.accountId = :a and w.level = :l",
                Long.class).setParameter("a", accountId).setParameter("l", TopicWatch.Level.MUTE).getResultList());
        ForumReader reader = readers.of(a);
        List<Candidate> chosen = DigestSelection.select(candidates, accountId, period, modes, muted, after, now,
                c -> ForumAccess.mayReadTopic(reader, categories.get(c.categoryId()), topics.get(c.topicId())));
        if (chosen.isEmpty()) return false;
        String periodName = period == Mode.DAILY ? "daily" : "weekly";
        String key = "forum-digest-" + periodName + "-" + accountId + "-" + now.atZone(UK).toLocalDate();
        List<ForumMail.DigestItem> items = chosen.stream().map(c -> new ForumMail.DigestItem(c.topicId(), c.topicTitle(),
                c.categoryName(), c.postNumber(), c.authorName(), c.excerpt())).toList();
        mailer.queue(mail.digest(a.getEmail(), key, periodName, items,
                unsubscribe.link(accountId, UnsubscribeToken.Scope.DIGESTS, null)));
        return true;
    }

    private static Instant max(Instant a, Instant b) { return a.isAfter(b) ? a : b; }
}

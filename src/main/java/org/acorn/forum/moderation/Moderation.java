package org.acorn.forum.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acorn.forum.Forum;
import org.acorn.forum.ForumAccess;
import org.acorn.forum.ForumCategory;
import org.acorn.forum.ForumInput;
import org.acorn.forum.ForumPost;
import org.acorn.forum.ForumReader;
import org.acorn.forum.ForumReaders;
import org.acorn.forum.ForumRefused;
import org.acorn.forum.ForumSettings;
import org.acorn.forum.ForumText;
import org.acorn.forum.ForumTopic;
import org.acorn.forum.ModerationLog;
import org.acorn.forum.Posting;
import org.acorn.forum.ReadingState;
import org.acorn.forum.Recount;
import org.acorn.platform.account.Account;
import org.acorn.platform.security.Caller;
import org.acorn.search.IndexEvents;

/**
 * Flags, the moderation queue and what moderators do: hide and restore posts, approve new people's first
 * posts, lock, pin, move, merge and hide topics. Co-ordinators and appointed moderators only, each action in
 * the moderation log and the audit log.
 */
@ApplicationScoped
public class Moderation {

    public static final int MAX_REASON = 500;

    /** A post in the queue: flagged (with the reasons given) or waiting for approval. */
    public record QueueItem(Long postId, Long topicId, int postNumber, String topicTitle, String categoryName,
                            String authorName, String excerpt, String status, List<String> reasons, Instant since)
            implements Serializable { }

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject ForumReaders readers;
    @Inject ForumSettings settings;
    @Inject Posting posting;
    @Inject ReadingState reading;
    @Inject ModerationLog log;
    @Inject IndexEvents index;
    @Inject Forum forum;
    @Inject Clock clock;

    /** @return true when this flag hid the post (enough people flagged it) */
    @Transactional
    public boolean flag(Long postId, Flag.Reason reason, String note) {
        Account a = caller.require();
        ForumReader r = readers.of(a);
        Target t = target(postId, r);
        if (!ForumAccess.mayFlag(r, t.category, t.post)) throw ForumRefused.of("You cannot flag this post.");
        if (reason == null) throw ForumRefused.field("reason", "Choose why you are flagging the post.");
        String cleanNote = ForumInput.note(note, MAX_REASON, "note");
        boolean already = !em.createQuery("select f.id from Flag f where f.postId = :p and f.flaggedBy = :a and f.resolvedAt is null",
                Long.class).setParameter("p", postId).setParameter("a", a.getId()).getResultList().isEmpty();
        if (already) throw ForumRefused.of("You have already flagged this post; a moderator will look at it.");
        em.persist(new Flag(postId, a.getId(), reason, cleanNote, clock.instant()));
        em.flush();
        long people = em.createQuery("select count(distinct f.flaggedBy) from Flag f where f.postId = :p and f.resolvedAt is null",
                Long.class).setParameter("p", postId).getSingleResult();
        if (settings.flagsToHide() > 0 && people >= settings.flagsToHide() && t.post.isPublished()) {
            t.post.setStatus(ForumPost.Status.HIDDEN);
            t.post.setHiddenReason("Hidden after flags from " + people + " people, until a moderator looks at it.");
            afterVisibilityChange(t);
            log.record(a.getId(), "post.auto-hidden", t.topic, t.post, people + " flags");
            return true;
        }
        return false;
    }

    /** Flagged and waiting posts in the categories the reader moderates, oldest first. */
    @Transactional
    public List<QueueItem> queue() {
        ForumReader r = readers.of(caller.require());
        List<ForumCategory> mine = forum.allCategories().stream().filter(c -> ForumAccess.mayModerate(r, c)).toList();
        if (mine.isEmpty()) return List.of();
        Map<Long, ForumCategory> cats = new LinkedHashMap<>();
        mine.forEach(c -> cats.put(c.getId(), c));
        List<Flag> flags = em.createQuery("select f from Flag f where f.resolvedAt is null order by f.createdAt", Flag.class)
                .setMaxResults(500).getResultList();
        Map<Long, List<String>> reasons = new LinkedHashMap<>();
        Map<Long, Instant> since = new LinkedHashMap<>();
        for (Flag f : flags) {
            reasons.computeIfAbsent(f.getPostId(), k -> new ArrayList<>()).add(f.getReason().label()
                    + (f.getNote() == null ? "" : ": " + f.getNote()));
            since.putIfAbsent(f.getPostId(), f.getCreatedAt());
        }
        List<ForumPost> pending = em.createQuery("select p from ForumPost p where p.status = :s order by p.createdAt", ForumPost.class)
                .setParameter("s", ForumPost.Status.PENDING).setMaxResults(500).getResultList();
        Set<Long> postIds = new HashSet<>(reasons.keySet());
        pending.forEach(p -> postIds.add(p.getId()));
        if (postIds.isEmpty()) return List.of();
        List<ForumPost> posts = em.createQuery("select p from ForumPost p where p.id in :ids", ForumPost.class)
                .setParameter("ids", postIds).getResultList();
        Map<Long, ForumTopic> topics = new LinkedHashMap<>();
        Set<Long> topicIds = new HashSet<>();
        posts.forEach(p -> topicIds.add(p.getTopicId()));
        em.createQuery("select t from ForumTopic t where t.id in :ids", ForumTopic.class).setParameter("ids", topicIds)
                .getResultList().forEach(t -> topics.put(t.getId(), t));
        Set<Long> people = new HashSet<>();
        posts.forEach(p -> people.add(p.getAuthorId()));
        Map<Long, String> names = forum.names(people);
        List<QueueItem> out = new ArrayList<>();
        for (ForumPost p : posts) {
            ForumTopic t = topics.get(p.getTopicId());
            if (t == null || !cats.containsKey(t.getCategoryId())) continue;
            out.add(new QueueItem(p.getId(), t.getId(), p.getPostNumber(), t.getTitle(), cats.get(t.getCategoryId()).getName(),
                    names.get(p.getAuthorId()), ForumText.excerpt(p.getBody(), 300), p.getStatus().name(),
                    reasons.getOrDefault(p.getId(), List.of()), since.getOrDefault(p.getId(), p.getCreatedAt())));
        }
        out.sort(java.util.Comparator.comparing(QueueItem::since));
        return out;
    }

    @Transactional
    public void hide(Long postId, String reason) {
        Mod m = moderator(postId);
        String why = ForumInput.note(reason, MAX_REASON, "reason");
        if (m.t.post.getStatus() == ForumPost.Status.DELETED) throw ForumRefused.of("That post was deleted by its author.");
        m.t.post.setStatus(ForumPost.Status.HIDDEN);
        m.t.post.setHiddenReason(why == null ? "Hidden by a moderator." : why);
        resolveFlags(postId, Flag.Resolution.HIDDEN, m.actor);
        afterVisibilityChange(m.t);
        log.record(m.actor, "post.hidden", m.t.topic, m.t.post, why);
    }

    @Transactional
    public void restore(Long postId) {
        Mod m = moderator(postId);
        if (m.t.post.getStatus() != ForumPost.Status.HIDDEN) throw ForumRefused.of("That post is not hidden.");
        m.t.post.setStatus(ForumPost.Status.PUBLISHED);
        m.t.post.setHiddenReason(null);
        resolveFlags(postId, Flag.Resolution.DISMISSED, m.actor);
        afterVisibilityChange(m.t);
        log.record(m.actor, "post.restored", m.t.topic, m.t.post, null);
    }

    /** The flags were wrong: they are closed, and a post the flags hid is shown again. */
    @Transactional
    public void dismissFlags(Long postId) {
        Mod m = moderator(postId);
        int closed = resolveFlags(postId, Flag.Resolution.DISMISSED, m.actor);
        if (m.t.post.getStatus() == ForumPost.Status.HIDDEN && m.t.post.getHiddenReason() != null
                && m.t.post.getHiddenReason().startsWith("Hidden after flags")) {
            m.t.post.setStatus(ForumPost.Status.PUBLISHED);
            m.t.post.setHiddenReason(null);
            afterVisibilityChange(m.t);
        }
        log.record(m.actor, "flags.dismissed", m.t.topic, m.t.post, closed + " flags");
    }

    /** A new person's waiting post goes out (and their later posts will not wait). */
    @Transactional
    public void approve(Long postId) {
        Mod m = moderator(postId);
        if (m.t.post.getStatus() != ForumPost.Status.PENDING) throw ForumRefused.of("That post is not waiting for approval.");
        m.t.post.setStatus(ForumPost.Status.PUBLISHED);
        if (m.t.post.getPostNumber() == 1 && m.t.topic.getStatus() == ForumTopic.Status.PENDING) {
            m.t.topic.setStatus(ForumTopic.Status.OPEN);
        }
        reading.member(m.t.post.getAuthorId()).setApprovedPoster(true);
        posting.published(m.t.topic, m.t.post);
        log.record(m.actor, "post.approved", m.t.topic, m.t.post, null);
    }

    @Transactional
    public void reject(Long postId, String reason) {
        Mod m = moderator(postId);
        if (m.t.post.getStatus() != ForumPost.Status.PENDING) throw ForumRefused.of("That post is not waiting for approval.");
        String why = ForumInput.note(reason, MAX_REASON, "reason");
        m.t.post.setStatus(ForumPost.Status.HIDDEN);
        m.t.post.setHiddenReason(why == null ? "Not approved by a moderator." : why);
        if (m.t.post.getPostNumber() == 1) m.t.topic.setStatus(ForumTopic.Status.HIDDEN);
        log.record(m.actor, "post.rejected", m.t.topic, m.t.post, why);
    }

    @Transactional
    public void lock(Long topicId, boolean locked) {
        TopicMod m = topicModerator(topicId);
        m.topic.setLocked(locked);
        log.record(m.actor, locked ? "topic.locked" : "topic.unlocked", m.topic, null, null);
    }

    @Transactional
    public void pin(Long topicId, boolean pinned) {
        TopicMod m = topicModerator(topicId);
        m.topic.setPinned(pinned);
        log.record(m.actor, pinned ? "topic.pinned" : "topic.unpinned", m.topic, null, null);
    }

    @Transactional
    public void hideTopic(Long topicId, boolean hidden, String reason) {
        TopicMod m = topicModerator(topicId);
        String why = ForumInput.note(reason, MAX_REASON, "reason");
        if (hidden == (m.topic.getStatus() == ForumTopic.Status.HIDDEN)) return;
        if (m.topic.getStatus() != ForumTopic.Status.OPEN && m.topic.getStatus() != ForumTopic.Status.HIDDEN) {
            throw ForumRefused.of("Only an open topic can be hidden.");
        }
        m.topic.setStatus(hidden ? ForumTopic.Status.HIDDEN : ForumTopic.Status.OPEN);
        em.flush();
        Recount.category(em, m.topic.getCategoryId());
        posting.reindexTopic(m.topic.getId());
        log.record(m.actor, hidden ? "topic.hidden" : "topic.restored", m.topic, null, why);
    }

    @Transactional
    public void move(Long topicId, Long categoryId) {
        TopicMod m = topicModerator(topicId);
        ForumReader r = readers.of(m.actor);
        ForumCategory to = categoryId == null ? null : em.find(ForumCategory.class, categoryId);
        if (to == null || !ForumAccess.mayModerate(r, to)) throw ForumRefused.field("category", "Choose a category you moderate.");
        Long from = m.topic.getCategoryId();
        if (from.equals(to.getId())) return;
        m.topic.setCategoryId(to.getId());
        em.flush();
        Recount.category(em, from);
        Recount.category(em, to.getId());
        posting.reindexTopic(m.topic.getId());
        log.record(m.actor, "topic.moved", m.topic, null, "from category " + from + " to " + to.getName());
    }

    /** Moves every post of the topic to the end of the target topic; the old address leads to the target. */
    @Transactional
    public void merge(Long topicId, Long targetTopicId) {
        TopicMod m = topicModerator(topicId);
        if (targetTopicId == null || targetTopicId.equals(topicId)) throw ForumRefused.field("target", "Give the number of another topic.");
        ForumTopic target = em.find(ForumTopic.class, targetTopicId, LockModeType.PESSIMISTIC_WRITE);
        ForumCategory targetCategory = target == null ? null : em.find(ForumCategory.class, target.getCategoryId());
        ForumReader r = readers.of(m.actor);
        if (target == null || !target.isOpen() || !ForumAccess.mayModerate(r, targetCategory)) {
            throw ForumRefused.field("target", "There is no open topic with that number that you moderate.");
        }
        List<ForumPost> posts = em.createQuery("select p from ForumPost p where p.topicId = :t order by p.postNumber", ForumPost.class)
                .setParameter("t", topicId).getResultList();
        for (ForumPost p : posts) {
            target.setLastPostNumber(target.getLastPostNumber() + 1);
            p.moveTo(target.getId(), target.getLastPostNumber());
            p.setReplyToNumber(null);
            em.flush(); // one at a time: the (topic, number) key must hold after every row
        }
        m.topic.mergedWith(target.getId());
        em.flush();
        Recount.topic(em, target);
        Recount.category(em, m.topic.getCategoryId());
        Recount.category(em, target.getCategoryId());
        posting.reindexTopic(target.getId());
        log.record(m.actor, "topic.merged", m.topic, null, "into topic " + target.getId() + " " + target.getTitle());
    }

    /** Recent moderation actions, with names, for moderators. */
    @Transactional
    public List<String[]> recentLog(int max) {
        ForumReader r = readers.of(caller.require());
        if (!r.moderatesSomething()) throw ForumRefused.of("Only moderators can see the moderation log.");
        var entries = log.recent(max);
        Set<Long> people = new HashSet<>();
        Set<Long> topicIds = new HashSet<>();
        entries.forEach(e -> {
            people.add(e.getActorId());
            if (e.getTopicId() != null) topicIds.add(e.getTopicId());
        });
        Map<Long, String> names = forum.names(people);
        Map<Long, String> titles = new java.util.HashMap<>();
        if (!topicIds.isEmpty()) {
            em.createQuery("select t.id, t.title from ForumTopic t where t.id in :ids", Object[].class)
                    .setParameter("ids", topicIds).getResultList().forEach(x -> titles.put((Long) x[0], (String) x[1]));
        }
        java.time.format.DateTimeFormatter when = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm")
                .withZone(java.time.ZoneId.of("Europe/London"));
        return entries.stream().map(e -> new String[] {when.format(e.getOccurredAt()), names.getOrDefault(e.getActorId(), "?"),
                e.getAction(), e.getTopicId() == null ? "" : String.valueOf(e.getTopicId()),
                titles.getOrDefault(e.getTopicId(), ""), e.getDetail() == null ? "" : e.getDetail()}).toList();
    }

    private void afterVisibilityChange(Target t) {
        em.flush();
        Recount.topic(em, t.topic);
        Recount.category(em, t.topic.getCategoryId());
        index.changed(Posting.INDEX_KIND, String.valueOf(t.post.getId()));
    }

    private int resolveFlags(Long postId, Flag.Resolution resolution, Long by) {
        List<Flag> open = em.createQuery("select f from Flag f where f.postId = :p and f.resolvedAt is null", Flag.class)
                .setParameter("p", postId).getResultList();
        Instant now = clock.instant();
        open.forEach(f -> f.resolve(resolution, by, now));
        return open.size();
    }

    private record Target(ForumPost post, ForumTopic topic, ForumCategory category) { }

    private record Mod(Long actor, Target t) { }

    private record TopicMod(Long actor, ForumTopic topic) { }

    private Target target(Long postId, ForumReader r) {
        ForumPost p = postId == null ? null : em.find(ForumPost.class, postId);
        ForumTopic t = p == null ? null : em.find(ForumTopic.class, p.getTopicId(), LockModeType.PESSIMISTIC_WRITE);
        ForumCategory c = t == null ? null : em.find(ForumCategory.class, t.getCategoryId());
        if (p == null || !ForumAccess.mayReadTopic(r, c, t)) throw ForumRefused.of("That post does not exist or is not open to you.");
        return new Target(p, t, c);
    }

    private Mod moderator(Long postId) {
        Account a = caller.require();
        ForumReader r = readers.of(a);
        Target t = target(postId, r);
        if (!ForumAccess.mayModerate(r, t.category)) throw ForumRefused.of("Only moderators can do that.");
        return new Mod(a.getId(), t);
    }

    private TopicMod topicModerator(Long topicId) {
        Account a = caller.require();
        ForumReader r = readers.of(a);
        ForumTopic t = topicId == null ? null : em.find(ForumTopic.class, topicId, LockModeType.PESSIMISTIC_WRITE);
        ForumCategory c = t == null ? null : em.find(ForumCategory.class, t.getCategoryId());
        if (t == null || !ForumAccess.mayReadTopic(r, c, t)) throw ForumRefused.of("That topic does not exist or is not open to you.");
        if (!ForumAccess.mayModerate(r, c)) throw ForumRefused.of("Only moderators can do that.");
        return new TopicMod(a.getId(), t);
    }

    /** Posts a moderator wants to see: for the moderation queue's counts on the forum front page. */
    @Transactional
    public long openCount() {
        return em.createQuery("select count(distinct f.postId) from Flag f where f.resolvedAt is null", Long.class).getSingleResult()
                + em.createQuery("select count(p.id) from ForumPost p where p.status = :s", Long.class)
                .setParameter("s", ForumPost.Status.PENDING).getSingleResult();
    }
}

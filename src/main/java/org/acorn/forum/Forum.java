package org.acorn.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.acorn.platform.cards.LinkedRecords;
import org.acorn.platform.cards.RecordCard;
import org.acorn.platform.cards.RecordCards;
import org.acorn.forum.ForumViews.CategoryRow;
import org.acorn.forum.ForumViews.PostView;
import org.acorn.forum.ForumViews.TopicList;
import org.acorn.forum.ForumViews.TopicPage;
import org.acorn.forum.ForumViews.TopicRow;
import org.acorn.network.District;

/**
 * Reading the forum. Every page is a fixed number of queries whatever its size: a page of rows, then one
 * query each for the names, reading state and cards those rows need (never one per row). Topic lists are
 * keyset-paged on (last activity, id), so the thousandth page costs what the first does.
 */
@ApplicationScoped
@Transactional
public class Forum {

    public static final int TOPICS_PER_PAGE = 30;
    public static final int POSTS_PER_PAGE = 50;
    /** Topics with no activity for this long are not counted as unread or new. */
    static final Duration UNREAD_HORIZON = Duration.ofDays(30);

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Clock clock;
    @Inject ForumSettings settings;
    @Inject ReadingState reading;
    @Inject Attachments attachments;
    @Inject LinkedRecords linked;
    /** MySQL or MariaDB (rather than H2): decides one index hint. */
    private boolean mysql;

    @Inject
    void database(@org.eclipse.microprofile.config.inject.ConfigProperty(name = "acorn.db.url") String url) {
        mysql = url != null && (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:"));
    }

    public List<ForumCategory> allCategories() {
        return em.createQuery("select c from ForumCategory c order by c.sortOrder, c.name", ForumCategory.class)
                .getResultList();
    }

    public Optional<ForumCategory> category(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(ForumCategory.class, id));
    }

    /** The categories the reader may read, with how many topics in each have something unread. */
    public List<CategoryRow> categories(ForumReader r) {
        List<ForumCategory> readable = allCategories().stream()
                .filter(c -> ForumAccess.mayRead(r, c) && (!c.isArchived() || r.manager())).toList();
        Map<Long, Long> unread = r.signedIn() ? unreadByCategory(r, ids(readable)) : Map.of();
        Map<Long, String> districts = districtNames();
        return readable.stream().map(c -> new CategoryRow(c.getId(), c.getName(), c.getDescription(),
                c.getKind().label(), c.audienceLabel(districts.get(c.getDistrictId())), c.getTopicCount(),
                c.getPostCount(), c.getLastPostAt(), unread.getOrDefault(c.getId(), 0L),
                ForumAccess.mayStartTopic(r, c))).toList();
    }

    public Map<Long, String> districtNames() {
        Map<Long, String> names = new HashMap<>();
        for (District d : em.createQuery("select d from District d", District.class).getResultList()) {
            names.put(d.getId(), d.getName());
        }
        return names;
    }

    private Map<Long, Long> unreadByCategory(ForumReader r, List<Long> categoryIds) {
        if (categoryIds.isEmpty()) return Map.of();
        Instant since = clock.instant().minus(UNREAD_HORIZON);
        List<Object[]> rows = em.createQuery("select t.categoryId, count(t.id) from ForumTopic t where t.categoryId in :c"
                        + " and t.status = :open and t.lastPostAt > :since and t.authorId <> :me and not exists (select x from ForumRead x"
                        + " where x.accountId = :me and x.topicId = t.id and x.lastReadNumber >= t.lastPostNumber)"
                        + " group by t.categoryId", Object[].class)
                .setParameter("c", categoryIds).setParameter("open", ForumTopic.Status.OPEN)
                .setParameter("since", since).setParameter("me", r.accountId()).getResultList();
        Map<Long, Long> out = new HashMap<>();
        for (Object[] row : rows) out.put((Long) row[0], ((Number) row[1]).longValue());
        return out;
    }

    /** A page of a category's open topics, newest activity first; pinned topics come with the first page. */
    public TopicList topics(ForumReader r, ForumCategory c, String cursor) {
        Cursor after = Cursor.parse(cursor);
        List<ForumTopic> pinned = after != null ? List.of() : em.createQuery("select t from ForumTopic t where"
                        + " t.categoryId = :c and t.status = :open and t.pinned = true order by t.lastPostAt desc, t.id desc",
                        ForumTopic.class)
                .setParameter("c", c.getId()).setParameter("open", ForumTopic.Status.OPEN).setMaxResults(10).getResultList();
        List<ForumTopic> page = new ArrayList<>(topicPage(c.getId(), after));
        String next = null;
        if (page.size() > TOPICS_PER_PAGE) {
            page = new ArrayList<>(page.subList(0, TOPICS_PER_PAGE));
            ForumTopic last = page.get(page.size() - 1);
            next = new Cursor(last.getLastPostAt(), last.getId()).toString();
        }
        List<ForumTopic> all = new ArrayList<>(pinned);
        all.addAll(page);
        List<TopicRow> rows = rows(r, all, Map.of(c.getId(), c.getName()));
        return new TopicList(rows.subList(0, pinned.size()), rows.subList(pinned.size(), rows.size()), next);
    }

    /**
     * One page of a category's unpinned open topics after the cursor: ids by a keyset query on ix_ftopic_list, then
     * the topics. MariaDB 10.11 plans the keyset as a scan from the newest topic (ref) rather than a seek (range), which
     * costs tens of milliseconds forty thousand topics deep; naming the index makes it seek. H2 does not parse FORCE
     * INDEX (and needs no help), so the hint is for MySQL and MariaDB only.
     */
    private List<ForumTopic> topicPage(Long categoryId, Cursor after) {
        String sql = "select id from forum_topic" + (mysql ? " force index (ix_ftopic_list)" : "")
                + " where category_id = ?1 and status = 'OPEN' and pinned = false"
                + (after == null ? "" : " and last_post_at <= ?2 and (last_post_at < ?2 or id < ?3)")
                + " order by last_post_at desc, id desc limit " + (TOPICS_PER_PAGE + 1);
        var query = em.createNativeQuery(sql).setParameter(1, categoryId);
        if (after != null) query.setParameter(2, java.sql.Timestamp.from(after.at())).setParameter(3, after.id());
        List<Long> ids = ((List<?>) query.getResultList()).stream().map(x -> ((Number) x).longValue()).toList();
        if (ids.isEmpty()) return List.of();
        Map<Long, ForumTopic> byId = new HashMap<>();
        em.createQuery("select t from ForumTopic t where t.id in :ids", ForumTopic.class).setParameter("ids", ids)
                .getResultList().forEach(t -> byId.put(t.getId(), t));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Topics with activity since the reader's previous visit, in the categories they may read. */
    public List<TopicRow> newSinceLastVisit(ForumReader r, Instant since, int max) {
        List<ForumCategory> readable = allCategories().stream().filter(c -> ForumAccess.mayRead(r, c)).toList();
        if (readable.isEmpty()) return List.of();
        List<ForumTopic> topics = em.createQuery("select t from ForumTopic t where t.categoryId in :c and t.status = :open"
                        + " and t.lastPostAt > :since order by t.lastPostAt desc, t.id desc", ForumTopic.class)
                .setParameter("c", ids(readable)).setParameter("open", ForumTopic.Status.OPEN)
                .setParameter("since", since).setMaxResults(max).getResultList();
        Map<Long, String> names = new HashMap<>();
        readable.forEach(c -> names.put(c.getId(), c.getName()));
        return rows(r, topics, names);
    }

    private List<TopicRow> rows(ForumReader r, List<ForumTopic> topics, Map<Long, String> categoryNames) {
        if (topics.isEmpty()) return List.of();
        Set<Long> people = new LinkedHashSet<>();
        topics.forEach(t -> {
            people.add(t.getAuthorId());
            if (t.getLastPosterId() != null) people.add(t.getLastPosterId());
        });
        Map<Long, String> names = names(people);
        Map<Long, Integer> read = r.signedIn() ? reading.readUpTo(r.accountId(), topics.stream().map(ForumTopic::getId).toList())
                : Map.of();
        Instant since = r.signedIn() ? reading.previousVisit(r.accountId()) : null;
        Instant horizon = clock.instant().minus(UNREAD_HORIZON);
        List<TopicRow> rows = new ArrayList<>();
        for (ForumTopic t : topics) {
            Integer last = read.get(t.getId());
            boolean tracked = r.signedIn() && t.getLastPostAt().isAfter(horizon) && !t.getAuthorId().equals(r.accountId());
            int unread = !tracked ? 0 : last == null ? -1 : Math.max(0, t.getLastPostNumber() - last);
            boolean isNew = tracked && last == null && since != null && t.getCreatedAt().isAfter(since);
            rows.add(new TopicRow(t.getId(), t.getTitle(), t.getCategoryId(), categoryNames.get(t.getCategoryId()),
                    t.isPinned(), t.isLocked(), t.getStatus().name(), t.getReplyCount(), t.getLastPostAt(),
                    names.get(t.getAuthorId()), names.get(t.getLastPosterId()), unread, isNew,
                    last == null ? 0 : last, t.getLastPostNumber()));
        }
        return rows;
    }

    public Optional<ForumTopic> topic(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(ForumTopic.class, id));
    }

    /** A post with its topic and category. */
    public record PostInTopic(ForumPost post, ForumTopic topic, ForumCategory category) { }

    /**
     * The post, with its topic and category, when this reader may read it; empty for an unknown id and for what
     * the reader may not see alike (pages answer both with 404).
     */
    public Optional<PostInTopic> readablePost(ForumReader reader, Long postId) {
        ForumPost p = post(postId).orElse(null);
        ForumTopic t = p == null ? null : topic(p.getTopicId()).orElse(null);
        ForumCategory c = t == null ? null : category(t.getCategoryId()).orElse(null);
        if (p == null || !ForumAccess.mayReadTopic(reader, c, t) || !ForumAccess.maySeeBody(reader, c, p)) {
            return Optional.empty();
        }
        return Optional.of(new PostInTopic(p, t, c));
    }

    public Optional<ForumPost> post(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(ForumPost.class, id));
    }

    /** The page of a topic that holds post number n. */
    public static int pageOf(int postNumber) { return Math.max(1, (postNumber - 1) / POSTS_PER_PAGE + 1); }

    /** A page of the topic for a reader who may read it (the caller checked); marks it read up to the page's end. */
    public TopicPage topicPage(ForumReader r, ForumTopic t, ForumCategory c, int requestedPage) {
        int pages = Math.max(1, pageOf(Math.max(1, t.getLastPostNumber())));
        int page = Math.min(Math.max(1, requestedPage), pages);
        int from = (page - 1) * POSTS_PER_PAGE + 1;
        int to = page * POSTS_PER_PAGE;
        List<ForumPost> posts = em.createQuery("select p from ForumPost p where p.topicId = :t and p.postNumber between :a and :b"
                        + " order by p.postNumber", ForumPost.class)
                .setParameter("t", t.getId()).setParameter("a", from).setParameter("b", to).getResultList();
        Set<Long> people = new LinkedHashSet<>();
        Set<Long> orgs = new LinkedHashSet<>();
        Set<String> refs = new LinkedHashSet<>();
        for (ForumPost p : posts) {
            people.add(p.getAuthorId());
            if (p.getOrganisationId() != null) orgs.add(p.getOrganisationId());
            if (p.getCardRefs() != null && ForumAccess.maySeeBody(r, c, p)) refs.addAll(List.of(p.getCardRefs().split(",")));
        }
        Map<Long, String> names = names(people);
        Map<Long, String> orgNames = organisationNames(orgs);
        Map<String, RecordCard> cards = linked.cards(refs, r.staff() ? RecordCards.Reader.STAFF
                : r.member() ? RecordCards.Reader.MEMBER : RecordCards.Reader.VISITOR);
        Map<Long, List<Attachments.Shown>> files = attachments.of(posts.stream().map(ForumPost::getId).toList());
        int lastRead = 0;
        String watch = "";
        if (r.signedIn()) {
            lastRead = reading.readUpTo(r.accountId(), List.of(t.getId())).getOrDefault(t.getId(), 0);
            watch = reading.watch(r.accountId(), t.getId()).map(Enum::name).orElse("");
        }
        Instant now = clock.instant();
        List<PostView> views = new ArrayList<>();
        for (ForumPost p : posts) {
            boolean shown = ForumAccess.maySeeBody(r, c, p);
            List<RecordCard> postCards = new ArrayList<>();
            if (shown && p.getCardRefs() != null) {
                for (String ref : p.getCardRefs().split(",")) {
                    if (cards.containsKey(ref)) postCards.add(cards.get(ref));
                }
            }
            views.add(new PostView(p.getId(), p.getPostNumber(), p.getAuthorId(), names.get(p.getAuthorId()),
                    p.getOrganisationId(), orgNames.get(p.getOrganisationId()), shown ? p.getBodyHtml() : "",
                    p.getStatus().name(), shown, p.getHiddenReason(), p.getReplyToNumber(), p.getCreatedAt(),
                    p.getEditedAt(), p.getEditCount(), postCards, ForumAccess.mayEdit(r, c, t, p),
                    ForumAccess.mayDelete(r, c, t, p, now, settings.deleteWindow()), ForumAccess.mayFlag(r, c, p),
                    r.signedIn() && p.getPostNumber() > lastRead && !p.getAuthorId().equals(r.accountId()),
                    shown ? files.getOrDefault(p.getId(), List.of()) : List.of()));
        }
        if (r.signedIn() && !posts.isEmpty()) {
            try {
                reading.markRead(r.accountId(), t.getId(), posts.get(posts.size() - 1).getPostNumber());
            } catch (RuntimeException race) {
                // another tab marked it at the same moment: nothing is lost
            }
        }
        return new TopicPage(t, c, views, page, pages, lastRead, watch, ForumAccess.mayReply(r, c, t),
                ForumAccess.mayModerate(r, c));
    }

    public Map<Long, String> names(Collection<Long> accountIds) {
        Map<Long, String> out = new HashMap<>();
        if (accountIds.isEmpty()) return out;
        for (Object[] row : em.createQuery("select a.id, a.displayName from Account a where a.id in :ids", Object[].class)
                .setParameter("ids", accountIds).getResultList()) {
            out.put((Long) row[0], (String) row[1]);
        }
        return out;
    }

    Map<Long, String> organisationNames(Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        for (Object[] row : em.createQuery("select o.id, o.name from Organisation o where o.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            out.put((Long) row[0], (String) row[1]);
        }
        return out;
    }

    /** An earlier version of a post, for its history page. */
    public record Version(java.time.Instant writtenAt, String writtenBy, java.time.Instant replacedAt, String replacedBy,
                          String title, String html) implements java.io.Serializable { }

    /** Every earlier version of the post, newest first, with who wrote and who replaced it. */
    public List<Version> history(ForumPost p) {
        List<PostRevision> revisions = em.createQuery("select v from PostRevision v where v.postId = :p"
                + " order by v.replacedAt desc, v.id desc", PostRevision.class).setParameter("p", p.getId()).getResultList();
        Set<Long> people = new LinkedHashSet<>();
        revisions.forEach(v -> {
            people.add(v.getWrittenBy());
            people.add(v.getReplacedBy());
        });
        Map<Long, String> names = names(people);
        return revisions.stream().map(v -> new Version(v.getWrittenAt(), names.get(v.getWrittenBy()), v.getReplacedAt(),
                names.get(v.getReplacedBy()), v.getTitle(), ForumText.html(v.getBody()))).toList();
    }

    private static List<Long> ids(List<ForumCategory> categories) {
        return categories.stream().map(ForumCategory::getId).toList();
    }

    /** Where a topic list page starts: after the topic with this last activity and id. */
    record Cursor(Instant at, Long id) {
        static Cursor parse(String s) {
            if (s == null || s.length() > 60 || !s.matches("-?\\d{1,13}\\.\\d{1,9}_\\d{1,18}")) return null;
            try {
                String[] parts = s.split("_");
                String[] time = parts[0].split("\\.");
                return new Cursor(Instant.ofEpochSecond(Long.parseLong(time[0]), Long.parseLong(time[1])),
                        Long.valueOf(parts[1]));
            } catch (RuntimeException e) {
                return null;
            }
        }

        @Override
        public String toString() { return at.getEpochSecond() + "." + at.getNano() + "_" + id; }
    }
}

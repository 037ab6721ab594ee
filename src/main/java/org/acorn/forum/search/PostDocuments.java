package org.acorn.forum.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.acorn.forum.CategoryVisibility;
import org.acorn.forum.Forum;
import org.acorn.forum.ForumCategory;
import org.acorn.forum.ForumPost;
import org.acorn.forum.ForumText;
import org.acorn.forum.ForumTopic;
import org.acorn.forum.Posting;
import org.acorn.search.SearchDocument;
import org.acorn.search.Visibility;

/**
 * Forum posts as search documents. Only published posts of open topics are listed. Who finds them follows the
 * category: public categories to everyone, members' categories to members; a group category (a district, a
 * list, staff) to staff and to the category's own group ({@link ForumSearchGroups} says who is in it).
 */
@ApplicationScoped
public class PostDocuments {

    public static final String CATEGORY_FACET = "forum";
    static final int PAGE = 2_000;

    @PersistenceContext(unitName = "acorn") EntityManager em;

    public static Visibility visibility(ForumCategory c) {
        return c.getVisibility() == CategoryVisibility.PUBLIC ? Visibility.PUBLIC
                : c.getVisibility() == CategoryVisibility.MEMBERS ? Visibility.MEMBERS : Visibility.STAFF;
    }

    @Transactional
    public Optional<SearchDocument> one(Long id) {
        ForumPost p = em.find(ForumPost.class, id);
        if (p == null || !p.isPublished()) return Optional.empty();
        ForumTopic t = em.find(ForumTopic.class, p.getTopicId());
        if (t == null || !t.isOpen()) return Optional.empty();
        ForumCategory c = em.find(ForumCategory.class, t.getCategoryId());
        if (c == null) return Optional.empty();
        String author = new HashMap<>(names(Set.of(p.getAuthorId()))).getOrDefault(p.getAuthorId(), "");
        return Optional.of(document(p, t, c, author));
    }

    /** Several posts at once (a topic moved or retitled: all its posts), in a few queries; unlisted ones left out. */
    @Transactional
    public Map<Long, SearchDocument> some(java.util.Collection<Long> ids) {
        Map<Long, SearchDocument> out = new java.util.LinkedHashMap<>();
        if (ids.isEmpty()) return out;
        List<Object[]> rows = em.createQuery("select p, t from ForumPost p, ForumTopic t where t.id = p.topicId and p.id in :ids"
                        + " and p.status = :pub and t.status = :open", Object[].class)
                .setParameter("ids", ids).setParameter("pub", ForumPost.Status.PUBLISHED)
                .setParameter("open", ForumTopic.Status.OPEN).getResultList();
        if (rows.isEmpty()) return out;
        Map<Long, ForumCategory> categories = new HashMap<>();
        em.createQuery("select c from ForumCategory c", ForumCategory.class).getResultList().forEach(c -> categories.put(c.getId(), c));
        Set<Long> authors = new HashSet<>();
        rows.forEach(r -> authors.add(((ForumPost) r[0]).getAuthorId()));
        Map<Long, String> names = names(authors);
        for (Object[] r : rows) {
            ForumPost p = (ForumPost) r[0];
            ForumTopic t = (ForumTopic) r[1];
            out.put(p.getId(), document(p, t, categories.get(t.getCategoryId()), names.getOrDefault(p.getAuthorId(), "")));
        }
        return out;
    }

    /** One page of documents after the given post id (ordered by id); empty at the end. */
    @Transactional
    public Page page(long afterId) {
        List<Object[]> rows = em.createQuery("select p, t from ForumPost p, ForumTopic t where t.id = p.topicId and p.id > :after"
                        + " and p.status = :pub and t.status = :open order by p.id", Object[].class)
                .setParameter("after", afterId).setParameter("pub", ForumPost.Status.PUBLISHED)
                .setParameter("open", ForumTopic.Status.OPEN).setMaxResults(PAGE)
                .setHint("eclipselink.read-only", "true").getResultList();
        if (rows.isEmpty()) return new Page(List.of(), afterId);
        Map<Long, ForumCategory> categories = new HashMap<>();
        em.createQuery("select c from ForumCategory c", ForumCategory.class).getResultList().forEach(c -> categories.put(c.getId(), c));
        Set<Long> authors = new HashSet<>();
        rows.forEach(r -> authors.add(((ForumPost) r[0]).getAuthorId()));
        Map<Long, String> names = names(authors);
        List<SearchDocument> docs = rows.stream().map(r -> {
            ForumPost p = (ForumPost) r[0];
            ForumTopic t = (ForumTopic) r[1];
            return document(p, t, categories.get(t.getCategoryId()), names.getOrDefault(p.getAuthorId(), ""));
        }).toList();
        return new Page(docs, ((ForumPost) rows.get(rows.size() - 1)[0]).getId());
    }

    /** A page of documents and the last post id it covered. */
    public record Page(List<SearchDocument> documents, long lastId) { }

    private Map<Long, String> names(Set<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        em.createQuery("select a.id, a.displayName from Account a where a.id in :ids", Object[].class).setParameter("ids", ids)
                .getResultList().forEach(r -> out.put((Long) r[0], (String) r[1]));
        return out;
    }

    static SearchDocument document(ForumPost p, ForumTopic t, ForumCategory c, String author) {
        int page = Forum.pageOf(p.getPostNumber());
        return SearchDocument.builder(Posting.INDEX_KIND, String.valueOf(p.getId()))
                .title(p.getPostNumber() == 1 ? t.getTitle() : "Re: " + t.getTitle() + " (#" + p.getPostNumber() + ")")
                .body(ForumText.plain(p.getBody()).replaceAll("\\s+", " ") + (author.isEmpty() ? "" : " · " + author))
                .boosted(t.getTitle())
                .facet(CATEGORY_FACET, c.getName())
                .visibility(visibility(c))
                .readableBy(c.getVisibility() == CategoryVisibility.GROUP ? ForumSearchGroups.group(c.getId()) : null)
                .sortName(t.getTitle())
                .url("/forum/topic.xhtml?id=" + t.getId() + (page > 1 ? "&page=" + page : "") + "#post-" + p.getPostNumber())
                .build();
    }
}

package org.acorn.forum.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.stream.Collectors;
import org.acorn.forum.CategoryVisibility;
import org.acorn.forum.ForumAccess;
import org.acorn.forum.ForumCategory;
import org.acorn.forum.ForumReader;
import org.acorn.forum.ForumReaders;
import org.acorn.platform.security.Caller;
import org.acorn.search.ReaderGroups;

/**
 * The group categories (a district's locality forum, an invited list) whose posts the reader may read, so that
 * site search finds those posts for them as the forum itself shows them: the same {@link ForumAccess} rule.
 */
@ApplicationScoped
public class ForumSearchGroups implements ReaderGroups {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject ForumReaders.Current current;

    static String group(Long categoryId) { return "forum-category:" + categoryId; }

    @Override
    public Set<String> of(Caller caller) {
        ForumReader reader = current.get();
        if (!reader.signedIn()) return Set.of();
        return em.createQuery("select c from ForumCategory c where c.visibility = :group", ForumCategory.class)
                .setParameter("group", CategoryVisibility.GROUP).getResultList().stream()
                .filter(c -> ForumAccess.mayRead(reader, c)).map(c -> group(c.getId())).collect(Collectors.toSet());
    }
}

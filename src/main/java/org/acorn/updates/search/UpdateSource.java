package org.acorn.updates.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.acorn.platform.text.Markdown;
import org.acorn.search.SearchDocument;
import org.acorn.search.SearchSource;
import org.acorn.updates.NewsUpdate;
import org.acorn.updates.Updates;

/** Published updates in the site search, each seen by those its visibility allows. Scheduled ones join when they publish. */
@ApplicationScoped
public class UpdateSource implements SearchSource {

    static final String KIND_FACET = "update_kind";

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Clock clock;
    @Inject Markdown markdown;

    @Override public String kind() { return Updates.INDEX_KIND; }
    @Override public String label() { return "Update"; }
    @Override public Map<String, String> facetLabels() { return Map.of(KIND_FACET, "Kind of update"); }

    @Override
    @Transactional
    public Stream<SearchDocument> all() {
        return em.createQuery("select u from NewsUpdate u where u.publishAt <= :now and u.withdrawnAt is null and u.deletedAt is null order by u.id", NewsUpdate.class)
                .setParameter("now", clock.instant()).getResultList().stream().map(this::document);
    }

    @Override
    @Transactional
    public Optional<SearchDocument> one(String id) {
        if (id == null || !id.matches("\\d{1,18}")) return Optional.empty();
        NewsUpdate u = em.find(NewsUpdate.class, Long.valueOf(id));
        if (u == null || !u.isPublishedAt(clock.instant())) return Optional.empty();
        return Optional.of(document(u));
    }

    private SearchDocument document(NewsUpdate u) {
        String body = markdown.plain(u.getBodyMarkdown())
                + (u.getCollatedMarkdown() == null ? "" : "\n" + markdown.plain(u.getCollatedMarkdown()))
                + (u.getAnswerMarkdown() == null ? "" : "\n" + markdown.plain(u.getAnswerMarkdown()));
        return SearchDocument.builder(Updates.INDEX_KIND, String.valueOf(u.getId()))
                .title(u.getTitle())
                .body(body)
                .facet(KIND_FACET, u.getKind().label())
                .visibility(u.getVisibility().search())
                .sortName(u.getTitle())
                .url("/updates/update.xhtml?id=" + u.getId())
                .build();
    }
}

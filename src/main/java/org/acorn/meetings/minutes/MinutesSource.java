package org.acorn.meetings.minutes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.acorn.meetings.Meeting;
import org.acorn.search.SearchDocument;
import org.acorn.search.SearchSource;
import org.acorn.search.Visibility;

/** Approved minutes in site search: to everyone when marked public, otherwise to members. Drafts are never listed. */
@ApplicationScoped
public class MinutesSource implements SearchSource {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject MinutesBook book;

    @Override public String kind() { return MinutesBook.INDEX_KIND; }
    @Override public String label() { return "Minutes"; }
    @Override public java.util.Map<String, String> facetLabels() { return java.util.Map.of("meeting-kind", "Kind of meeting"); }

    @Override
    @Transactional
    public Stream<SearchDocument> all() {
        List<Minutes> approved = em.createQuery("select m from Minutes m where m.state = :a order by m.id", Minutes.class)
                .setParameter("a", Minutes.State.APPROVED).getResultList();
        return approved.stream().map(this::document).flatMap(Optional::stream).toList().stream();
    }

    @Override
    @Transactional
    public Optional<SearchDocument> one(String id) {
        if (id == null || !id.matches("\\d{1,18}")) return Optional.empty();
        Minutes m = em.find(Minutes.class, Long.valueOf(id));
        return m == null || !m.isApproved() ? Optional.empty() : document(m);
    }

    private Optional<SearchDocument> document(Minutes minutes) {
        Meeting m = em.find(Meeting.class, minutes.getMeetingId());
        if (m == null) return Optional.empty();
        String title = "Minutes: " + m.getTitle() + ", " + m.getDayLabel();
        return Optional.of(SearchDocument.builder(MinutesBook.INDEX_KIND, String.valueOf(minutes.getId()))
                .title(title)
                .body(book.plain(m, minutes).replaceAll("\\s+", " "))
                .boosted(m.getTitle())
                .facet("meeting-kind", m.getKind().label())
                .visibility(minutes.isOpenToPublic() ? Visibility.PUBLIC : Visibility.MEMBERS)
                .sortName(title)
                .verified(minutes.getApprovedAt())
                .url("/meetings/minutes.xhtml?meeting=" + m.getId())
                .build());
    }
}

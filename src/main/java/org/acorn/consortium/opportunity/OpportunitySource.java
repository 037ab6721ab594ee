package org.acorn.consortium.opportunity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.stream.Stream;
import org.acorn.search.SearchDocument;
import org.acorn.search.SearchSource;
import org.acorn.search.Visibility;

/**
 * Opportunities in the site search, for the consortium's members and officers only (their reader group, see
 * {@link ConsortiumReaders}) and network staff: a commissioner or visitor never finds them.
 */
@ApplicationScoped
public class OpportunitySource implements SearchSource {

    public static final String KIND = "opportunity";

    @PersistenceContext(unitName = "acorn") EntityManager em;

    @Override public String kind() { return KIND; }
    @Override public String label() { return "Tender opportunity"; }

    @Override
    @Transactional
    public Stream<SearchDocument> all() {
        return em.createQuery("select o from Opportunity o order by o.id", Opportunity.class).getResultList().stream().map(OpportunitySource::document);
    }

    @Override
    @Transactional
    public Optional<SearchDocument> one(String id) {
        if (id == null || !id.matches("\\d{1,18}")) return Optional.empty();
        return Optional.ofNullable(em.find(Opportunity.class, Long.valueOf(id))).map(OpportunitySource::document);
    }

    private static SearchDocument document(Opportunity o) {
        return SearchDocument.builder(KIND, String.valueOf(o.getId()))
                .title(o.getTitle())
                .body(o.getDescription() + "\nCommissioner: " + o.getCommissioner() + ". " + o.getContractModel().getLabel() + ", "
                        + o.getValueLabel() + ". " + o.getStage().getLabel() + ".")
                .boosted(o.getCommissioner())
                .visibility(Visibility.STAFF)
                .readableBy(ConsortiumReaders.MEMBERS)
                .sortName(o.getTitle())
                .url("/consortium/opportunity.xhtml?id=" + o.getId())
                .build();
    }
}

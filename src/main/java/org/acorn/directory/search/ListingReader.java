package org.acorn.directory.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.acorn.directory.Freshness;
import org.acorn.directory.Organisation;
import org.acorn.directory.service.Service;
import org.acorn.directory.taxonomy.TaxonomyTerm;
import org.acorn.platform.config.Settings;
import org.acorn.search.SearchDocument;

/** Loads directory listings and maps them for search, inside one read transaction per call. */
@ApplicationScoped
public class ListingReader {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Settings settings;
    @Inject Clock clock;
    @Inject ServicePages pages;

    private ListingDocuments mapping() {
        List<TaxonomyTerm> terms = em.createQuery("select t from TaxonomyTerm t", TaxonomyTerm.class).getResultList();
        return new ListingDocuments(Freshness.from(settings), clock.instant(), new TermPaths(terms));
    }

    /** "Not verified recently" for a listing past the second limit, judged today; else empty. */
    public String flag(java.time.Instant verified) {
        Freshness.Status status = Freshness.from(settings).of(verified, clock.instant());
        return status == Freshness.Status.UNVERIFIED ? status.label() : "";
    }

    @Transactional
    public Optional<SearchDocument> service(Long id) {
        Service s = em.find(Service.class, id);
        Organisation org = s == null ? null : em.find(Organisation.class, s.getOrganisationId());
        return org == null ? Optional.empty() : Optional.of(mapping().service(s, org));
    }

    @Transactional
    public Optional<SearchDocument> organisation(Long id) {
        Organisation org = em.find(Organisation.class, id);
        return org == null ? Optional.empty() : Optional.of(mapping().organisation(org));
    }

    /**
     * Every service, for a rebuild, read lazily a page at a time (each page in its own read-only transaction),
     * so the index can work on one page while the next is read.
     */
    public Stream<SearchDocument> allServices() {
        ListingDocuments m = mapping();
        Map<Long, Organisation> orgs = pages.organisations();
        Iterator<List<SearchDocument>> byPage = new Iterator<>() {
            private ServicePages.Page next;
            private long after;

            @Override
            public boolean hasNext() {
                while (next == null || (next.documents().isEmpty() && !next.end())) {
                    next = pages.after(after, m, orgs);
                    after = next.lastId();
                }
                return !next.end();
            }

            @Override
            public List<SearchDocument> next() {
                if (!hasNext()) throw new NoSuchElementException();
                List<SearchDocument> documents = next.documents();
                next = null;
                return documents;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(byPage, Spliterator.ORDERED), false)
                .flatMap(List::stream);
    }

    @Transactional
    public Stream<SearchDocument> allOrganisations() {
        ListingDocuments m = mapping();
        return em.createQuery("select o from Organisation o order by o.id", Organisation.class).getResultList().stream()
                .map(m::organisation).toList().stream();
    }
}

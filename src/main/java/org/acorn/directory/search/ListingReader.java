package org.acorn.directory.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
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

    /** Several services at once (an import's, a rename's): a few queries, not a few per service. */
    @Transactional
    public Map<String, SearchDocument> services(Collection<Long> ids) {
        ListingDocuments m = mapping();
        Map<String, SearchDocument> found = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            List<Service> services = em.createQuery("select s from Service s where s.id in :ids", Service.class)
                    .setParameter("ids", chunk)
                    .setHint("eclipselink.batch", "s.terms").setHint("eclipselink.batch", "s.locations")
                    .setHint("eclipselink.batch.type", "IN").getResultList();
            Map<Long, Organisation> orgs = organisationsById(services.stream().map(Service::getOrganisationId).distinct().toList());
            for (Service s : services) {
                Organisation org = orgs.get(s.getOrganisationId());
                if (org != null) found.put(s.getId().toString(), m.service(s, org));
            }
        }
        return found;
    }

    @Transactional
    public Map<String, SearchDocument> organisations(Collection<Long> ids) {
        ListingDocuments m = mapping();
        Map<String, SearchDocument> found = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            organisationsById(chunk).values().forEach(o -> found.put(o.getId().toString(), m.organisation(o)));
        }
        return found;
    }

    private Map<Long, Organisation> organisationsById(List<Long> ids) {
        if (ids.isEmpty()) return Map.of();
        Map<Long, Organisation> orgs = new HashMap<>();
        em.createQuery("select o from Organisation o where o.id in :ids", Organisation.class).setParameter("ids", ids)
                .setHint("eclipselink.batch", "o.districts").setHint("eclipselink.batch.type", "IN")
                .getResultList().forEach(o -> orgs.put(o.getId(), o));
        return orgs;
    }

    /** Ids in lists of at most 500: an IN list every database takes. */
    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
        List<List<Long>> out = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) out.add(all.subList(i, Math.min(all.size(), i + 500)));
        return out;
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

    /** Every organisation, for a rebuild: read with their districts in batches (not a query each). */
    public Stream<SearchDocument> allOrganisations() {
        ListingDocuments m = mapping();
        return pages.organisations().values().stream().sorted(java.util.Comparator.comparing(Organisation::getId))
                .map(m::organisation).toList().stream();
    }
}

package org.acorn.directory.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

    /** Services are read for a rebuild this many at a time, their terms and places fetched in batches. */
    static final int PAGE = 1_000;

    /**
     * Every service, for a rebuild. Read a page at a time with batch fetching (a few queries per page, not
     * per service), read-only so that nothing is copied or tracked for changes.
     */
    @Transactional
    public Stream<SearchDocument> allServices() {
        ListingDocuments m = mapping();
        Map<Long, Organisation> orgs = em.createQuery("select o from Organisation o", Organisation.class)
                .setHint("eclipselink.batch", "o.districts").setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.read-only", "true")
                .getResultStream().collect(Collectors.toMap(Organisation::getId, Function.identity()));
        List<SearchDocument> documents = new ArrayList<>();
        long after = 0;
        while (true) {
            List<Service> page = em.createQuery("select s from Service s where s.id > :after order by s.id", Service.class)
                    .setParameter("after", after).setMaxResults(PAGE)
                    .setHint("eclipselink.batch", "s.terms").setHint("eclipselink.batch", "s.locations")
                    .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch.size", PAGE)
                    // read-only: nothing is changed, so EclipseLink need not copy and track every row
                    .setHint("eclipselink.read-only", "true")
                    .getResultList();
            if (page.isEmpty()) break;
            for (Service s : page) {
                Organisation org = orgs.get(s.getOrganisationId());
                if (org != null) documents.add(m.service(s, org));
            }
            after = page.get(page.size() - 1).getId();
        }
        return documents.stream();
    }

    @Transactional
    public Stream<SearchDocument> allOrganisations() {
        ListingDocuments m = mapping();
        return em.createQuery("select o from Organisation o order by o.id", Organisation.class).getResultList().stream()
                .map(m::organisation).toList().stream();
    }
}

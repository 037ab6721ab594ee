package org.acorn.directory.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
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

    /** Every service, for a rebuild (directories are thousands of rows at most: read in one go). */
    @Transactional
    public Stream<SearchDocument> allServices() {
        ListingDocuments m = mapping();
        Map<Long, Organisation> orgs = em.createQuery("select o from Organisation o", Organisation.class).getResultStream()
                .collect(Collectors.toMap(Organisation::getId, Function.identity()));
        return em.createQuery("select s from Service s order by s.id", Service.class).getResultList().stream()
                .filter(s -> orgs.containsKey(s.getOrganisationId()))
                .map(s -> m.service(s, orgs.get(s.getOrganisationId()))).toList().stream();
    }

    @Transactional
    public Stream<SearchDocument> allOrganisations() {
        ListingDocuments m = mapping();
        return em.createQuery("select o from Organisation o order by o.id", Organisation.class).getResultList().stream()
                .map(m::organisation).toList().stream();
    }
}

package org.acorn.directory.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.acorn.directory.Organisation;
import org.acorn.directory.service.Service;
import org.acorn.search.SearchDocument;

/**
 * Services for a rebuild, a page per transaction: the index takes one page while the next is read, and
 * memory holds a page, not the directory.
 */
@ApplicationScoped
public class ServicePages {

    /** Services read at a time, their terms and places fetched in batches (a few queries per page). */
    static final int SIZE = 1_000;

    @PersistenceContext(unitName = "acorn") EntityManager em;

    /** A page of documents and the last service id read (the next page starts after it); empty at the end. */
    public record Page(List<SearchDocument> documents, long lastId, boolean end) { }

    /** Every organisation by id, with its districts, for mapping the services of all pages. */
    @Transactional
    public Map<Long, Organisation> organisations() {
        Map<Long, Organisation> orgs = em.createQuery("select o from Organisation o", Organisation.class)
                .setHint("eclipselink.batch", "o.districts").setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.read-only", "true")
                .getResultStream().collect(Collectors.toMap(Organisation::getId, Function.identity()));
        orgs.values().forEach(o -> o.getDistricts().size()); // loaded now, while the transaction is open
        return orgs;
    }

    @Transactional
    public Page after(long after, ListingDocuments mapping, Map<Long, Organisation> orgs) {
        List<Service> services = em.createQuery("select s from Service s where s.id > :after order by s.id", Service.class)
                .setParameter("after", after).setMaxResults(SIZE)
                .setHint("eclipselink.batch", "s.terms").setHint("eclipselink.batch", "s.locations")
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch.size", SIZE)
                // read-only: nothing is changed, so EclipseLink need not copy and track every row. (The shared cache
                // stays in use: without it every service's terms resolve their taxonomy one query at a time.)
                .setHint("eclipselink.read-only", "true")
                .getResultList();
        if (services.isEmpty()) return new Page(List.of(), after, true);
        List<SearchDocument> documents = new ArrayList<>(services.size());
        for (Service s : services) {
            Organisation org = orgs.get(s.getOrganisationId());
            if (org != null) documents.add(mapping.service(s, org));
        }
        return new Page(documents, services.get(services.size() - 1).getId(), false);
    }
}

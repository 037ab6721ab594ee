package org.acorn.directory.openreferral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.acorn.directory.MembershipStatus;
import org.acorn.directory.Organisation;
import org.acorn.directory.openreferral.ListQuery.Paging;
import org.acorn.directory.openreferral.ListQuery.ServiceFilter;
import org.acorn.directory.service.Service;
import org.acorn.directory.service.ServiceLocation;
import org.acorn.directory.service.ServiceStatus;
import org.acorn.directory.taxonomy.Taxonomy;
import org.acorn.directory.taxonomy.TaxonomyTerm;
import org.acorn.platform.persistence.Like;

/**
 * What the public API may show, read in batches: services of member organisations that are not closed, their
 * locations, and the taxonomies except the level of need (a professional's judgement, not published). A page is
 * chosen by id first (filters, order, proximity), then its records and their organisations, terms and locations
 * are fetched with a handful of queries whatever the page size.
 */
@ApplicationScoped
@Transactional
public class PublicDirectory {

    /** Taxonomies never published: level of need is shown to professionals only (DOMAIN.md). */
    static final Set<String> UNPUBLISHED_TAXONOMIES = Set.of(Taxonomy.LEVEL_OF_NEED);

    private static final String PUBLIC = "s.status <> :closed and o.membershipStatus = :member";

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject TextMatch textMatch;

    /** One page of records with the total they were drawn from. */
    public record Slice<T>(List<T> items, long total) { }

    /** A page of services, with what the JSON needs beside them. */
    public record ServicePage(List<Service> services, Map<Long, Organisation> organisations, long total) { }

    public record LocationPage(List<ServiceLocation> locations, Map<Long, Organisation> organisations, long total) { }

    // ---- services --------------------------------------------------------------------------------------------

    public ServicePage services(ServiceFilter filter, Paging paging) {
        List<Long> ids = serviceIds(filter);
        List<Long> page = page(ids, paging);
        List<Service> services = loadServices(page);
        return new ServicePage(services, organisationsOf(services), ids.size());
    }

    public Optional<ServicePage> service(String uuid) {
        List<Service> found = em.createQuery("select s from Service s, Organisation o where o.id = s.organisationId and "
                + PUBLIC + " and s.uuid = :uuid", Service.class).setParameter("uuid", uuid)
                .setParameter("closed", ServiceStatus.CLOSED).setParameter("member", MembershipStatus.MEMBER).getResultList();
        if (found.isEmpty()) return Optional.empty();
        return Optional.of(new ServicePage(found, organisationsOf(found), 1));
    }

    public LocationPage locations(ServiceFilter filter, Paging paging) {
        List<Long> ids = locationIds(filter);
        List<Long> page = page(ids, paging);
        List<ServiceLocation> locations = page.isEmpty() ? List.of() : inOrder(page, em.createQuery(
                "select l from ServiceLocation l join fetch l.service where l.id in :ids", ServiceLocation.class)
                .setParameter("ids", page).getResultList(), ServiceLocation::getId);
        List<Service> services = locations.stream().map(ServiceLocation::getService).distinct().toList();
        batchTerms(services);
        return new LocationPage(locations, organisationsOf(services), ids.size());
    }

    public Optional<LocationPage> location(String uuid) {
        List<ServiceLocation> found = em.createQuery("select l from ServiceLocation l join l.service s, Organisation o"
                + " where o.id = s.organisationId and " + PUBLIC + " and l.uuid = :uuid", ServiceLocation.class)
                .setParameter("uuid", uuid).setParameter("closed", ServiceStatus.CLOSED)
                .setParameter("member", MembershipStatus.MEMBER).getResultList();
        if (found.isEmpty()) return Optional.empty();
        List<Service> services = List.of(found.get(0).getService());
        return Optional.of(new LocationPage(found, organisationsOf(services), 1));
    }

    private List<Long> serviceIds(ServiceFilter filter) {
        Where where = where(filter);
        if (where.empty) return List.of();
        TypedQuery<Long> q = em.createQuery("select s.id from Service s, Organisation o where o.id = s.organisationId and "
                + where.jpql + " order by s.name, s.id", Long.class);
        where.params.forEach(q::setParameter);
        List<Long> ids = withText(filter, q.getResultList(), id -> id);
        if (filter.postcode() == null) return ids;
        Set<Long> near = new HashSet<>();
        for (Object[] row : near(filter)) near.add((Long) row[1]);
        return ids.stream().filter(near::contains).toList();
    }

    private List<Long> locationIds(ServiceFilter filter) {
        Where where = where(filter);
        if (where.empty) return List.of();
        TypedQuery<Object[]> q = em.createQuery("select l.id, s.id from ServiceLocation l join l.service s, Organisation o"
                + " where o.id = s.organisationId and " + where.jpql + " order by s.name, s.id, l.id", Object[].class);
        where.params.forEach(q::setParameter);
        List<Long> ids = withText(filter, q.getResultList(), row -> (Long) row[1]).stream().map(row -> (Long) row[0]).toList();
        if (filter.postcode() == null) return ids;
        Set<Long> near = new HashSet<>();
        for (Object[] row : near(filter)) near.add((Long) row[0]);
        return ids.stream().filter(near::contains).toList();
    }

    /** The rows whose service has the filter's words (all rows when there is no text filter), in their order. */
    private <T> List<T> withText(ServiceFilter f, List<T> rows, java.util.function.Function<T, Long> serviceId) {
        if (f.search() == null) return rows;
        Set<Long> matching = textMatch.services(f.search());
        return rows.stream().filter(r -> matching.contains(serviceId.apply(r))).toList();
    }

    /** The JPQL conditions of a filter; {@code empty} when it can match nothing (an unknown or unpublished term). */
    private Where where(ServiceFilter f) {
        Where w = new Where();
        w.add(PUBLIC, "closed", ServiceStatus.CLOSED);
        w.params.put("member", MembershipStatus.MEMBER);
        if (f.termId() != null) {
            Optional<TaxonomyTerm> term = term(f.termId().toString());
            if (term.isEmpty()) w.empty = true;
            else w.add(":term member of s.terms", "term", term.get());
        }
        if (f.taxonomyId() != null) {
            Optional<Taxonomy> taxonomy = taxonomy(f.taxonomyId().toString());
            if (taxonomy.isEmpty()) w.empty = true;
            else w.add("exists (select t.id from Service s2 join s2.terms t where s2.id = s.id and t.taxonomy.id = :taxonomy)",
                    "taxonomy", taxonomy.get().getId());
        }
        if (f.organizationId() != null) w.add("o.uuid = :organisation", "organisation", f.organizationId().toString());
        if (f.age() != null) {
            w.add("(s.minAge is null or s.minAge <= :age) and (s.maxAge is null or s.maxAge >= :age)", "age", f.age());
        }
        if (f.minimumAge() != null) w.add("s.minAge >= :minimumAge", "minimumAge", f.minimumAge());
        if (f.maximumAge() != null) w.add("s.maxAge <= :maximumAge", "maximumAge", f.maximumAge());
        if (f.modifiedAfter() != null) w.add("s.updatedAt >= :since", "since", f.modifiedAfter());
        if (f.postcode() != null) {
            w.add("exists (select l2.id from ServiceLocation l2 where l2.service = s and l2.latitude is not null)", null, null);
        }
        return w;
    }

    /**
     * Locations (id, service id) near the filter's postcode: within {@code proximity} metres of its centre, or, with
     * no proximity, in the same postcode district. Refused when we hold no location near that postcode.
     */
    private List<Object[]> near(ServiceFilter f) {
        String outward = f.postcode().contains(" ") ? f.postcode().substring(0, f.postcode().indexOf(' ')) : f.postcode();
        if (f.proximityMetres() == null) {
            List<Object[]> rows = em.createQuery("select l.id, l.service.id, l.postcode from ServiceLocation l"
                    + " where upper(l.postcode) like :prefix escape '" + Like.ESCAPE + "'", Object[].class)
                    .setParameter("prefix", outward.replace("!", "!!") + "%").getResultList();
            return rows.stream().filter(r -> Postcodes.outward((String) r[2]).equals(outward)).toList();
        }
        List<Postcodes.Held> held = new ArrayList<>();
        for (Object[] r : em.createQuery("select l.postcode, l.latitude, l.longitude from ServiceLocation l where"
                + " l.latitude is not null and l.longitude is not null and upper(l.postcode) like :prefix escape '"
                + Like.ESCAPE + "'", Object[].class).setParameter("prefix", outward + "%").getResultList()) {
            held.add(new Postcodes.Held((String) r[0], ((BigDecimal) r[1]).doubleValue(), ((BigDecimal) r[2]).doubleValue()));
        }
        Postcodes.Centre centre = Postcodes.centre(f.postcode(), held).orElseThrow(() -> ApiProblem.badRequest(
                "We hold no locations near postcode " + f.postcode() + ", so cannot search around it."));
        double[] box = Distance.box(centre.latitude(), centre.longitude(), f.proximityMetres());
        List<Object[]> candidates = em.createQuery("select l.id, l.service.id, l.latitude, l.longitude from ServiceLocation l"
                + " where l.latitude between :s and :n and l.longitude between :w and :e", Object[].class)
                .setParameter("s", BigDecimal.valueOf(box[0])).setParameter("n", BigDecimal.valueOf(box[1]))
                .setParameter("w", BigDecimal.valueOf(box[2])).setParameter("e", BigDecimal.valueOf(box[3])).getResultList();
        return candidates.stream().filter(r -> Distance.metres(centre.latitude(), centre.longitude(),
                ((BigDecimal) r[2]).doubleValue(), ((BigDecimal) r[3]).doubleValue()) <= f.proximityMetres()).toList();
    }

    private static List<Long> page(List<Long> ids, Paging paging) {
        long pages = Math.max(1, (ids.size() + (long) paging.perPage() - 1) / paging.perPage());
        if (paging.page() > pages) {
            throw ApiProblem.badRequest("page " + paging.page() + " is beyond the last page (" + pages + ").");
        }
        int from = paging.offset();
        return ids.subList(Math.min(from, ids.size()), Math.min(from + paging.perPage(), ids.size()));
    }

    private List<Service> loadServices(List<Long> ids) {
        if (ids.isEmpty()) return List.of();
        List<Service> services = em.createQuery("select s from Service s where s.id in :ids", Service.class)
                .setParameter("ids", ids)
                .setHint("eclipselink.batch", "s.locations")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
        batchTerms(services);
        for (Service s : services) s.getLocations().size();
        return inOrder(ids, services, Service::getId);
    }

    /** Loads the terms of all the services in one query (the mapping is eager, and would otherwise load one by one). */
    private void batchTerms(List<Service> services) {
        if (services.isEmpty()) return;
        em.createQuery("select s from Service s left join fetch s.terms where s.id in :ids", Service.class)
                .setParameter("ids", services.stream().map(Service::getId).toList()).getResultList();
    }

    private Map<Long, Organisation> organisationsOf(List<Service> services) {
        Set<Long> ids = services.stream().map(Service::getOrganisationId).collect(Collectors.toSet());
        if (ids.isEmpty()) return Map.of();
        return em.createQuery("select o from Organisation o where o.id in :ids", Organisation.class)
                .setParameter("ids", ids).setHint("eclipselink.batch", "o.districts")
                .setHint("eclipselink.batch.type", "IN").getResultList()
                .stream().collect(Collectors.toMap(Organisation::getId, o -> o));
    }

    private static <T> List<T> inOrder(List<Long> ids, List<T> items, Function<T, Long> id) {
        Map<Long, T> byId = new LinkedHashMap<>();
        for (T item : items) byId.put(id.apply(item), item);
        List<T> out = new ArrayList<>(ids.size());
        for (Long i : ids) if (byId.containsKey(i)) out.add(byId.get(i));
        return out;
    }

    // ---- taxonomies ------------------------------------------------------------------------------------------

    public Slice<Taxonomy> taxonomies(Paging paging) {
        List<Taxonomy> all = em.createQuery("select t from Taxonomy t where t.code not in :hidden order by t.id", Taxonomy.class)
                .setParameter("hidden", UNPUBLISHED_TAXONOMIES).getResultList();
        List<Long> ids = all.stream().map(Taxonomy::getId).toList();
        List<Long> page = page(ids, paging);
        return new Slice<>(inOrder(page, all, Taxonomy::getId), all.size());
    }

    public Optional<Taxonomy> taxonomy(String uuid) {
        return em.createQuery("select t from Taxonomy t where t.uuid = :uuid and t.code not in :hidden", Taxonomy.class)
                .setParameter("uuid", uuid).setParameter("hidden", UNPUBLISHED_TAXONOMIES).getResultStream().findFirst();
    }

    /** Published terms (not merged away), by taxonomy then their order in it. */
    public Slice<TaxonomyTerm> terms(String taxonomyUuid, Paging paging) {
        String where = " from TaxonomyTerm t where t.mergedIntoId is null and t.taxonomy.code not in :hidden"
                + (taxonomyUuid == null ? "" : " and t.taxonomy.uuid = :taxonomy");
        TypedQuery<Long> count = em.createQuery("select count(t)" + where, Long.class);
        TypedQuery<TaxonomyTerm> rows = em.createQuery("select t" + where + " order by t.taxonomy.id, t.sortOrder, t.id", TaxonomyTerm.class);
        count.setParameter("hidden", UNPUBLISHED_TAXONOMIES);
        rows.setParameter("hidden", UNPUBLISHED_TAXONOMIES);
        if (taxonomyUuid != null) {
            count.setParameter("taxonomy", taxonomyUuid);
            rows.setParameter("taxonomy", taxonomyUuid);
        }
        long total = count.getSingleResult();
        long pages = Math.max(1, (total + paging.perPage() - 1) / paging.perPage());
        if (paging.page() > pages) throw ApiProblem.badRequest("page " + paging.page() + " is beyond the last page (" + pages + ").");
        return new Slice<>(rows.setFirstResult(paging.offset()).setMaxResults(paging.perPage()).getResultList(), total);
    }

    public Optional<TaxonomyTerm> term(String uuid) {
        return em.createQuery("select t from TaxonomyTerm t where t.uuid = :uuid and t.mergedIntoId is null"
                + " and t.taxonomy.code not in :hidden", TaxonomyTerm.class)
                .setParameter("uuid", uuid).setParameter("hidden", UNPUBLISHED_TAXONOMIES).getResultStream().findFirst();
    }

    /** The UUIDs of terms' parents, for parent_id (one query for a page of terms). */
    public Map<Long, String> parentUuids(List<TaxonomyTerm> terms) {
        Set<Long> ids = terms.stream().map(TaxonomyTerm::getParentId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<Long, String> out = new LinkedHashMap<>(); // a HashMap: get(null) for a top-level term is asked
        if (ids.isEmpty()) return out;
        for (Object[] r : em.createQuery("select t.id, t.uuid from TaxonomyTerm t where t.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            out.put((Long) r[0], (String) r[1]);
        }
        return out;
    }

    /** JPQL conditions joined with "and", and their parameters. */
    private static final class Where {
        final StringBuilder conditions = new StringBuilder();
        final Map<String, Object> params = new LinkedHashMap<>();
        String jpql = "";
        boolean empty;

        void add(String condition, String name, Object value) {
            if (conditions.length() > 0) conditions.append(" and ");
            conditions.append(condition);
            jpql = conditions.toString();
            if (name != null) params.put(name, value);
        }
    }
}

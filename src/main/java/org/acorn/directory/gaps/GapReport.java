package org.acorn.directory.gaps;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acorn.directory.InvalidInput;
import org.acorn.directory.service.ServiceStatus;
import org.acorn.directory.taxonomy.TaxonomyTerm;
import org.acorn.network.District;
import org.acorn.network.Network;
import org.acorn.platform.config.Settings;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Role;

/**
 * The gap and overlap report for staff, representatives and partner officers. Four queries whatever the size of
 * the directory (services with their organisation's reach, organisations' districts, the services' terms of the
 * chosen taxonomy, that taxonomy's terms); {@link GapTable} does the counting.
 */
@ApplicationScoped
public class GapReport {

    static final Role[] READERS = {Role.COORDINATOR, Role.DEVELOPMENT_OFFICER, Role.SITE_ADMIN, Role.REPRESENTATIVE,
            Role.PARTNER_OFFICER};

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject Network network;
    @Inject Settings settings;

    /** One service of a cell, for the drill-down. */
    public record CellService(Long id, String name, String organisation, ServiceStatus status, boolean countyWide) {
        public String getStatusLabel() { return status.label(); }
    }

    public void requireReader() {
        caller.requireAny(READERS);
    }

    @Transactional
    public GapTable table(GapQuery query) {
        requireReader();
        List<TaxonomyTerm> terms = em.createQuery("select t from TaxonomyTerm t where t.taxonomy.code = :code"
                + " order by t.sortOrder, t.id", TaxonomyTerm.class).setParameter("code", query.dimension().taxonomy())
                .getResultList();
        Map<Long, Long> parents = new HashMap<>();
        terms.forEach(t -> parents.put(t.getId(), t.getParentId()));
        Long expand = query.expand();
        if (expand != null && (!parents.containsKey(expand) || parents.get(expand) != null)) {
            throw new InvalidInput("expand", "That service type is not in the list.");
        }
        List<GapTable.Heading> columns = new ArrayList<>();
        for (TaxonomyTerm t : terms) {
            boolean wanted = expand == null ? t.getParentId() == null : expand.equals(t.getParentId());
            if (wanted && !t.isMerged()) columns.add(new GapTable.Heading(t.getId(), t.getCode() + " " + t.getLabel()));
        }
        Set<Long> columnIds = new HashSet<>(columns.stream().map(GapTable.Heading::id).toList());

        List<ServiceStatus> statuses = query.includeClosed() ? List.of(ServiceStatus.values())
                : List.of(ServiceStatus.ACTIVE, ServiceStatus.REDUCED);
        Map<Long, Object[]> services = new LinkedHashMap<>();
        for (Object[] r : em.createQuery("select s.id, s.organisationId, o.countyWide from Service s, Organisation o"
                + " where o.id = s.organisationId and s.status in :statuses", Object[].class)
                .setParameter("statuses", statuses).getResultList()) {
            services.put((Long) r[0], r);
        }
        Map<Long, Set<Long>> orgDistricts = new HashMap<>();
        for (Object[] r : em.createQuery("select o.id, d.id from Organisation o join o.districts d", Object[].class)
                .getResultList()) {
            orgDistricts.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((Long) r[1]);
        }
        Map<Long, Set<Long>> serviceColumns = new HashMap<>();
        for (Object[] r : em.createQuery("select s.id, t.id from Service s join s.terms t where t.taxonomy.code = :code",
                Object[].class).setParameter("code", query.dimension().taxonomy()).getResultList()) {
            Long column = columnOf((Long) r[1], parents, columnIds);
            if (column != null) serviceColumns.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add(column);
        }
        List<GapTable.ServiceFacts> facts = new ArrayList<>();
        services.forEach((id, r) -> facts.add(new GapTable.ServiceFacts(id, (Boolean) r[2],
                orgDistricts.getOrDefault((Long) r[1], Set.of()), serviceColumns.getOrDefault(id, Set.of()))));
        return GapTable.count(areas(), columns, facts, settings.gapMax(), settings.overlapMin());
    }

    /** The services counted in one cell of a table, by name. */
    @Transactional
    public List<CellService> services(GapTable.Cell cell) {
        requireReader();
        if (cell.serviceIds().isEmpty()) return List.of();
        return em.createQuery("select s.id, s.name, o.name, s.status, o.countyWide from Service s, Organisation o"
                        + " where o.id = s.organisationId and s.id in :ids order by s.name, o.name, s.id", Object[].class)
                .setParameter("ids", cell.serviceIds()).getResultList().stream()
                .map(r -> new CellService((Long) r[0], (String) r[1], (String) r[2], (ServiceStatus) r[3], (Boolean) r[4]))
                .toList();
    }

    /** The districts in order; a network without districts has one row for its whole area. */
    public List<GapTable.Heading> areas() {
        List<District> districts = network.getDistricts();
        if (districts.isEmpty()) return List.of(new GapTable.Heading(GapTable.WHOLE_AREA, "Whole area"));
        return districts.stream().map(d -> new GapTable.Heading(d.getId(), d.getName())).toList();
    }

    /** The column a term counts in: itself or the nearest ancestor that is a column; none when outside the view. */
    static Long columnOf(Long termId, Map<Long, Long> parents, Set<Long> columns) {
        Long t = termId;
        for (int depth = 0; t != null && depth < 20; depth++) {
            if (columns.contains(t)) return t;
            t = parents.get(t);
        }
        return null;
    }
}

package org.acorn.directory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acorn.directory.taxonomy.TaxonomyTerm;

/** Queries over services. Changes go through the services that own the rules. */
@ApplicationScoped
public class Services {

    @PersistenceContext(unitName = "acorn") EntityManager em;

    @Transactional
    public Optional<Service> find(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Service.class, id));
    }

    @Transactional
    public List<Service> ofOrganisation(Long organisationId) {
        return em.createQuery("select s from Service s where s.organisationId = :o order by s.name, s.id", Service.class)
                .setParameter("o", organisationId).getResultList();
    }

    /** How many services have each status; every status is present, zero when none. */
    @Transactional
    public Map<ServiceStatus, Long> countByStatus() {
        Map<ServiceStatus, Long> counts = new EnumMap<>(ServiceStatus.class);
        for (ServiceStatus s : ServiceStatus.values()) counts.put(s, 0L);
        for (Object[] row : em.createQuery("select s.status, count(s) from Service s group by s.status", Object[].class)
                .getResultList()) {
            counts.put((ServiceStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** The services that carry a term (used when a term is merged away). */
    @Transactional
    public List<Service> taggedWith(TaxonomyTerm term) {
        return em.createQuery("select s from Service s where :t member of s.terms order by s.id", Service.class)
                .setParameter("t", term).getResultList();
    }
}

package org.acorn.directory.taxonomy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Queries over taxonomies and their terms. Retiring and merging terms is {@link TaxonomyAdministration}. */
@ApplicationScoped
public class Taxonomies {

    @PersistenceContext(unitName = "acorn") EntityManager em;

    @Transactional
    public List<Taxonomy> all() {
        return em.createQuery("select t from Taxonomy t order by t.id", Taxonomy.class).getResultList();
    }

    @Transactional
    public Optional<Taxonomy> byCode(String code) {
        return em.createQuery("select t from Taxonomy t where t.code = :c", Taxonomy.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    /** A term by its taxonomy's code and its own code, e.g. ("ecm", "1.1"). */
    @Transactional
    public Optional<TaxonomyTerm> term(String taxonomyCode, String termCode) {
        return em.createQuery("select t from TaxonomyTerm t where t.taxonomy.code = :x and t.code = :c", TaxonomyTerm.class)
                .setParameter("x", taxonomyCode).setParameter("c", termCode).getResultStream().findFirst();
    }

    @Transactional
    public List<TaxonomyTerm> terms(String taxonomyCode) {
        return em.createQuery("select t from TaxonomyTerm t where t.taxonomy.code = :x order by t.sortOrder, t.id",
                TaxonomyTerm.class).setParameter("x", taxonomyCode).getResultList();
    }

    /** Every term of the taxonomy, retired and merged ones included, for administrators. */
    @Transactional
    public TermTree tree(String taxonomyCode) {
        return TermTree.all(terms(taxonomyCode));
    }

    /** How many services carry each term of the taxonomy (terms with none are absent). */
    @Transactional
    public java.util.Map<Long, Long> taggedCounts(String taxonomyCode) {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("select t.id, count(s) from Service s join s.terms t where t.taxonomy.code = :x"
                + " group by t.id", Object[].class).setParameter("x", taxonomyCode).getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** The terms an editor may give a service. */
    @Transactional
    public TermTree choices(String taxonomyCode) {
        return TermTree.choices(terms(taxonomyCode));
    }
}

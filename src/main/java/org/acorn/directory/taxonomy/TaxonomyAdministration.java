package org.acorn.directory.taxonomy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.acorn.directory.service.Service;
import org.acorn.directory.service.Services;
import org.acorn.platform.account.Account;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Role;

/**
 * Keeping the vocabularies: retiring, restoring and merging terms. Site administrators only; each change is
 * one audit entry in the same transaction. Merging A into B re-tags every service that carried A with B,
 * moves A's sub-terms under B and marks A merged; retiring leaves services tagged but stops offering the term.
 */
@ApplicationScoped
public class TaxonomyAdministration {

    private static final Logger LOG = Logger.getLogger(TaxonomyAdministration.class.getName());
    public static final String TARGET_TYPE = "taxonomy_term";

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject AuditLog audit;
    @Inject Services services;
    @Inject Clock clock;

    /** For pages: whether to offer the controls. */
    public boolean mayAdminister() {
        return caller.has(Role.SITE_ADMIN);
    }

    @Transactional
    public void retire(Long termId) {
        Account actor = requireSiteAdmin();
        TaxonomyTerm term = locked(termId);
        if (term.isRetired() && !term.isMerged()) return;
        term.retire(clock.instant());
        audit.record("taxonomy.term.retired", targetOf(term), "no longer offered; existing services keep it");
        LOG.info(() -> "event=taxonomy.term.retired term=" + term.getId() + " by=" + actor.getId());
    }

    @Transactional
    public void restore(Long termId) {
        Account actor = requireSiteAdmin();
        TaxonomyTerm term = locked(termId);
        if (!term.isRetired()) return;
        term.restore();
        audit.record("taxonomy.term.restored", targetOf(term), "offered again");
        LOG.info(() -> "event=taxonomy.term.restored term=" + term.getId() + " by=" + actor.getId());
    }

    /** Merges {@code fromId} into {@code intoId}; returns how many services were re-tagged. */
    @Transactional
    public int merge(Long fromId, Long intoId) {
        Account actor = requireSiteAdmin();
        TaxonomyTerm from = locked(fromId);
        TaxonomyTerm into = locked(intoId);
        Instant now = clock.instant();
        from.mergeInto(into, parentsOf(from.getTaxonomy()), now);
        int retagged = 0;
        for (Service s : services.taggedWith(from)) {
            if (s.retag(from, into)) {
                s.touch(now);
                retagged++;
            }
        }
        for (TaxonomyTerm child : children(from)) child.moveUnder(into.getId());
        int count = retagged;
        audit.record("taxonomy.term.merged", targetOf(from), "merged into “" + into.getLabel() + "” (" + into.getCode()
                + "); " + count + (count == 1 ? " service" : " services") + " re-tagged");
        LOG.info(() -> "event=taxonomy.term.merged term=" + from.getId() + " into=" + into.getId() + " services=" + count
                + " by=" + actor.getId());
        return count;
    }

    private Account requireSiteAdmin() {
        Account actor = caller.require();
        if (!actor.hasRole(Role.SITE_ADMIN)) throw new AccessDenied("Only a site administrator can change taxonomies.");
        return actor;
    }

    private TaxonomyTerm locked(Long termId) {
        TaxonomyTerm term = termId == null ? null : em.find(TaxonomyTerm.class, termId, LockModeType.PESSIMISTIC_WRITE);
        if (term == null) throw new TermRuleBroken("That term does not exist any more.");
        return term;
    }

    private Map<Long, Long> parentsOf(Taxonomy taxonomy) {
        Map<Long, Long> parents = new HashMap<>();
        for (Object[] row : em.createQuery("select t.id, t.parentId from TaxonomyTerm t where t.taxonomy = :x", Object[].class)
                .setParameter("x", taxonomy).getResultList()) {
            parents.put((Long) row[0], (Long) row[1]);
        }
        return parents;
    }

    private List<TaxonomyTerm> children(TaxonomyTerm term) {
        return em.createQuery("select t from TaxonomyTerm t where t.parentId = :p", TaxonomyTerm.class)
                .setParameter("p", term.getId()).getResultList();
    }

    static AuditLog.Target targetOf(TaxonomyTerm term) {
        return new AuditLog.Target(TARGET_TYPE, term.getId(), term.getTaxonomy().getName() + ": " + term.getLabel());
    }
}

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
import org.acorn.search.IndexEvents;

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
    @Inject IndexEvents indexEvents;

    public static final int LABEL_MAX = 300;

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
                indexEvents.changed("service", String.valueOf(s.getId()));
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

    /** Adds a term to the taxonomy, at the top or under a parent of the same taxonomy; returns the new term. */
    @Transactional
    public TaxonomyTerm add(Long taxonomyId, Long parentId, String label) {
        Account actor = requireSiteAdmin();
        Taxonomy taxonomy = taxonomyId == null ? null : em.find(Taxonomy.class, taxonomyId);
        if (taxonomy == null) throw new TermRuleBroken("That taxonomy does not exist.");
        String clean = checkedLabel(label);
        TaxonomyTerm parent = null;
        if (parentId != null) {
            parent = em.find(TaxonomyTerm.class, parentId);
            if (parent == null || !parent.getTaxonomy().equals(taxonomy)) {
                throw new TermRuleBroken("Choose a parent term from this taxonomy.");
            }
            if (!parent.isOffered()) throw new TermRuleBroken("“" + parent.getLabel() + "” is retired; choose a term still in use.");
        }
        Long under = parent == null ? null : parent.getId();
        jakarta.persistence.TypedQuery<TaxonomyTerm> q = em.createQuery("select t from TaxonomyTerm t where t.taxonomy = :x and "
                + (under == null ? "t.parentId is null" : "t.parentId = :p"), TaxonomyTerm.class).setParameter("x", taxonomy);
        if (under != null) q.setParameter("p", under);
        List<TaxonomyTerm> siblings = q.getResultList();
        if (siblings.stream().anyMatch(t -> t.isOffered() && t.getLabel().equalsIgnoreCase(clean))) {
            throw new TermRuleBroken("There is already a term “" + clean + "” there.");
        }
        int order = siblings.stream().mapToInt(TaxonomyTerm::getSortOrder).max().orElse(0) + 1;
        TaxonomyTerm term = new TaxonomyTerm(taxonomy, under, freeCode(taxonomy, clean), clean, order);
        em.persist(term);
        em.flush();
        audit.record("taxonomy.term.added", targetOf(term), parent == null ? "added at the top"
                : "added under “" + parent.getLabel() + "”");
        LOG.info(() -> "event=taxonomy.term.added term=" + term.getId() + " by=" + actor.getId());
        return term;
    }

    /** Renames a term; every service tagged with it is re-indexed under the new label. */
    @Transactional
    public void rename(Long termId, String label) {
        Account actor = requireSiteAdmin();
        TaxonomyTerm term = locked(termId);
        String clean = checkedLabel(label);
        String before = term.getLabel();
        if (before.equals(clean)) return;
        term.relabel(clean);
        for (Service s : services.taggedWith(term)) indexEvents.changed("service", String.valueOf(s.getId()));
        audit.record("taxonomy.term.renamed", targetOf(term), "label: \"" + before + "\" → \"" + clean + "\"");
        LOG.info(() -> "event=taxonomy.term.renamed term=" + term.getId() + " by=" + actor.getId());
    }

    /** A label as typed, or the reason it cannot be used. */
    static String checkedLabel(String label) {
        String clean = label == null ? "" : label.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) throw new TermRuleBroken("Please give the term a label.");
        if (clean.length() > LABEL_MAX) throw new TermRuleBroken("Please use at most " + LABEL_MAX + " characters for the label.");
        if (clean.chars().anyMatch(Character::isISOControl)) {
            throw new TermRuleBroken("The label contains characters we cannot store. Please retype it.");
        }
        return clean;
    }

    /** A code for a new term, from its label ("Kinship carers" → "kinship_carers"), unique in the taxonomy. */
    private String freeCode(Taxonomy taxonomy, String label) {
        String base = TermCodes.fromLabel(label);
        String code = base;
        for (int n = 2; codeTaken(taxonomy, code); n++) code = TermCodes.numbered(base, n);
        return code;
    }

    private boolean codeTaken(Taxonomy taxonomy, String code) {
        return !em.createQuery("select t.id from TaxonomyTerm t where t.taxonomy = :x and t.code = :c", Long.class)
                .setParameter("x", taxonomy).setParameter("c", code).getResultList().isEmpty();
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

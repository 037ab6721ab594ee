package org.acorn.directory.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One term of a taxonomy. Terms form a hierarchy through their parent. A term is never deleted, because
 * services and reports refer to it: it is <em>retired</em> (existing tags stay, the term is no longer
 * offered) or <em>merged</em> into another term of the same taxonomy (its services now carry that term).
 */
@Entity
@Table(name = "taxonomy_term")
public class TaxonomyTerm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The record's identity in the Open Referral UK API (V6); never changes. */
    @Column(length = 36, unique = true, updatable = false)
    private String uuid = java.util.UUID.randomUUID().toString();

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "taxonomy_id", nullable = false)
    private Taxonomy taxonomy;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 300)
    private String label;

    @Column(length = 1000)
    private String description;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "replaced_by_id")
    private Long mergedIntoId;

    protected TaxonomyTerm() { }

    public TaxonomyTerm(Taxonomy taxonomy, Long parentId, String code, String label, int sortOrder) {
        this.taxonomy = Objects.requireNonNull(taxonomy);
        this.parentId = parentId;
        this.code = code;
        this.label = label;
        this.sortOrder = sortOrder;
    }

    /** Still offered when services are described: neither retired nor merged. */
    public boolean isOffered() { return retiredAt == null && mergedIntoId == null; }

    public boolean isMerged() { return mergedIntoId != null; }

    public boolean isRetired() { return retiredAt != null; }

    /** Stops offering the term; services that carry it keep it. Retiring twice keeps the first date. */
    public void retire(Instant now) {
        if (isMerged()) throw new TermRuleBroken("“" + label + "” was merged into another term and cannot be retired.");
        if (retiredAt == null) retiredAt = now;
    }

    /** Offers a retired term again. */
    public void restore() {
        if (isMerged()) throw new TermRuleBroken("“" + label + "” was merged into another term and cannot be restored.");
        retiredAt = null;
    }

    /**
     * Why this term may not be merged into {@code target}, or an empty list. {@code parents} maps term id to
     * parent id for the whole taxonomy, so that merging a term into one of its own descendants is refused.
     */
    public List<String> mergeProblems(TaxonomyTerm target, Map<Long, Long> parents) {
        List<String> problems = new ArrayList<>();
        if (target == null) {
            problems.add("Choose the term to merge into.");
            return problems;
        }
        if (Objects.equals(id, target.id)) problems.add("A term cannot be merged into itself.");
        if (!Objects.equals(taxonomy.getId(), target.taxonomy.getId())) {
            problems.add("Terms can only be merged within the same taxonomy.");
        }
        if (isMerged()) problems.add("“" + label + "” has already been merged.");
        if (!target.isOffered()) problems.add("“" + target.label + "” is retired or merged; choose a term still in use.");
        if (!Objects.equals(id, target.id) && isAncestorOf(target.id, parents)) {
            problems.add("“" + label + "” cannot be merged into “" + target.label + "”, which sits under it.");
        }
        return problems;
    }

    /** Marks this term merged into {@code target} (re-tagging services is the caller's part). */
    public void mergeInto(TaxonomyTerm target, Map<Long, Long> parents, Instant now) {
        List<String> problems = mergeProblems(target, parents);
        if (!problems.isEmpty()) throw new TermRuleBroken(String.join(" ", problems));
        mergedIntoId = target.id;
        if (retiredAt == null) retiredAt = now;
    }

    private boolean isAncestorOf(Long termId, Map<Long, Long> parents) {
        Long at = parents.get(termId);
        for (int guard = 0; at != null && guard < 1000; guard++) {
            if (at.equals(id)) return true;
            at = parents.get(at);
        }
        return false;
    }

    /** Moves the term under another parent (or to the top with null); used when its parent is merged away. */
    public void moveUnder(Long newParentId) {
        if (Objects.equals(newParentId, id)) throw new TermRuleBroken("A term cannot sit under itself.");
        this.parentId = newParentId;
    }

    /** Gives the term a new label; services carry the term itself, so they show the new label at once. */
    public void relabel(String newLabel) {
        if (isMerged()) throw new TermRuleBroken("“" + label + "” was merged into another term and cannot be renamed.");
        this.label = newLabel;
    }

    public Long getId() { return id; }
    public String getUuid() { return uuid; }
    public Taxonomy getTaxonomy() { return taxonomy; }
    public Long getParentId() { return parentId; }
    public String getCode() { return code; }
    public String getLabel() { return label; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public int getSortOrder() { return sortOrder; }
    public Instant getRetiredAt() { return retiredAt; }
    public Long getMergedIntoId() { return mergedIntoId; }

    @Override
    public boolean equals(Object o) {
        return o instanceof TaxonomyTerm t && id != null && id.equals(t.id);
    }

    @Override
    public int hashCode() { return id == null ? 0 : id.hashCode(); }

    @Override
    public String toString() { return taxonomy.getCode() + ":" + code; }
}

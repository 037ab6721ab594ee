package org.acorn.directory.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.acorn.directory.taxonomy.Taxonomies;
import org.acorn.directory.taxonomy.Taxonomy;
import org.acorn.directory.taxonomy.TaxonomyAdministration;
import org.acorn.directory.taxonomy.TaxonomyTerm;
import org.acorn.directory.taxonomy.TermRuleBroken;
import org.acorn.directory.taxonomy.TermTree;
import org.acorn.platform.security.Caller;
import org.acorn.platform.web.Faces;

/**
 * Backs /admin/taxonomies.xhtml?t=: one taxonomy's term tree with how many services carry each term, and
 * for site administrators the forms to add, rename, retire, restore and merge terms. Staff read it.
 */
@Named
@ViewScoped
public class TaxonomiesPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Taxonomies taxonomies;
    @Inject TaxonomyAdministration administration;
    @Inject Caller caller;

    private String t;
    private String code;
    private Long addParent;
    private String addLabel;
    private Long renameTerm;
    private String renameLabel;
    private Long retireTerm;
    private Long mergeFrom;
    private Long mergeInto;
    private transient List<TermTree.Node> nodes;
    private transient Map<Long, Long> counts;

    /** View action: the chosen taxonomy, or the first; an unknown code is a 404. */
    public void load() {
        caller.requireStaff();
        List<Taxonomy> all = taxonomies.all();
        Taxonomy chosen = t == null ? all.get(0) : all.stream().filter(x -> x.getCode().equals(t)).findFirst().orElse(null);
        if (chosen == null) {
            Faces.notFound();
            return;
        }
        code = chosen.getCode();
    }

    public void add() {
        change("add", "label", () -> {
            TaxonomyTerm term = administration.add(getTaxonomy().getId(), addParent, addLabel);
            return "Added “" + term.getLabel() + "”.";
        });
    }

    public void rename() {
        change("rename", "label", () -> {
            administration.rename(renameTerm, renameLabel);
            return "Renamed. Services tagged with it show the new label.";
        });
    }

    public void retire() {
        change("retire", "term", () -> {
            administration.retire(retireTerm);
            return "Retired: no longer offered; services that carry it keep it.";
        });
    }

    public void restore() {
        change("retire", "term", () -> {
            administration.restore(retireTerm);
            return "Restored: offered again.";
        });
    }

    public void merge() {
        change("merge", "into", () -> {
            int n = administration.merge(mergeFrom, mergeInto);
            return "Merged; " + n + (n == 1 ? " service was" : " services were") + " re-tagged.";
        });
    }

    /** Runs one administrative change: its message after a redirect, or the refusal beside the form's field. */
    private void change(String form, String field, Supplier<String> action) {
        if (code == null) return;
        try {
            Faces.flash(action.get());
            Faces.redirect("/admin/taxonomies.xhtml?t=" + code);
        } catch (TermRuleBroken e) {
            Faces.fieldError(form + ":" + field, e.getMessage());
        }
    }

    public boolean isMayAdminister() { return administration.mayAdminister(); }

    public List<Taxonomy> getAll() { return taxonomies.all(); }

    public Taxonomy getTaxonomy() { return code == null ? null : taxonomies.byCode(code).orElse(null); }

    /** Every term, retired and merged included, parents before children. */
    public List<TermTree.Node> getNodes() {
        if (nodes == null && code != null) nodes = taxonomies.tree(code).flatten();
        return nodes;
    }

    /** Terms still offered, for the pickers (a retired term can be restored, not renamed or merged into). */
    public List<TermTree.Node> getOffered() {
        return getNodes().stream().filter(n -> n.term().isOffered()).toList();
    }

    /** Terms not merged away, for the retire/restore picker. */
    public List<TermTree.Node> getUnmerged() {
        return getNodes().stream().filter(n -> !n.term().isMerged()).toList();
    }

    public long count(Long termId) {
        if (counts == null && code != null) counts = taxonomies.taggedCounts(code);
        return counts == null ? 0 : counts.getOrDefault(termId, 0L);
    }

    /** The label of the term a merged term now points to. */
    public String labelOf(Long termId) {
        return getNodes().stream().filter(n -> n.term().getId().equals(termId)).map(n -> n.term().getLabel())
                .findFirst().orElse("another term");
    }

    /** An option label indented by depth, as a select cannot nest deeper than one group. */
    public String indented(TermTree.Node n) {
        return "– ".repeat(n.depth()) + n.term().getLabel() + (n.term().isRetired() ? " (retired)" : "");
    }

    public String getT() { return t; }
    public void setT(String t) { this.t = t; }
    public Long getAddParent() { return addParent; }
    public void setAddParent(Long addParent) { this.addParent = addParent; }
    public String getAddLabel() { return addLabel; }
    public void setAddLabel(String addLabel) { this.addLabel = addLabel; }
    public Long getRenameTerm() { return renameTerm; }
    public void setRenameTerm(Long renameTerm) { this.renameTerm = renameTerm; }
    public String getRenameLabel() { return renameLabel; }
    public void setRenameLabel(String renameLabel) { this.renameLabel = renameLabel; }
    public Long getRetireTerm() { return retireTerm; }
    public void setRetireTerm(Long retireTerm) { this.retireTerm = retireTerm; }
    public Long getMergeFrom() { return mergeFrom; }
    public void setMergeFrom(Long mergeFrom) { this.mergeFrom = mergeFrom; }
    public Long getMergeInto() { return mergeInto; }
    public void setMergeInto(Long mergeInto) { this.mergeInto = mergeInto; }
}

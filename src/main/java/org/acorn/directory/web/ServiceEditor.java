package org.acorn.directory.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.acorn.directory.EditConflict;
import org.acorn.directory.InvalidInput;
import org.acorn.directory.service.ServiceEditing;
import org.acorn.directory.service.ServiceEditing.Editing;
import org.acorn.directory.service.ServiceForm;
import org.acorn.directory.service.ServiceStatus;
import org.acorn.directory.taxonomy.Taxonomies;
import org.acorn.directory.taxonomy.Taxonomy;
import org.acorn.directory.taxonomy.TaxonomyTerm;
import org.acorn.directory.taxonomy.TermTree;
import org.acorn.platform.security.Caller;
import org.acorn.platform.web.Faces;

/**
 * Backs /organisation/service.xhtml: ?id= edits a service, no id adds one to the caller's organisation,
 * ?org= adds one on behalf of that organisation (staff). The term checkboxes are plain inputs named "term-{id}",
 * read here, so whatever is posted reaches the service's checks.
 */
@Named
@ViewScoped
public class ServiceEditor implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String TERM_FIELD = "term-";

    @Inject ServiceEditing editing;
    @Inject Taxonomies taxonomies;
    @Inject Caller caller;

    private String id;
    private String org;
    private Editing opened;
    private ServiceForm form;
    private transient List<TermGroup> groups;

    /** One taxonomy's checkboxes: the offered terms in tree order, then retired ones this service keeps. */
    public record TermGroup(Taxonomy taxonomy, List<TermTree.Node> nodes, List<TaxonomyTerm> kept) { }

    /** View action. */
    public void load() {
        try {
            if (id != null) {
                Long serviceId = Faces.id(id);
                opened = serviceId == null ? null : editing.open(serviceId).orElse(null);
                if (opened == null) {
                    Faces.notFound();
                    return;
                }
            } else {
                Long orgId = org != null ? Faces.id(org) : caller.organisationId();
                if (orgId == null) {
                    if (org != null) Faces.notFound();
                    else caller.requireStaff(); // signed in with no organisation: nothing of their own to add to
                    return;
                }
                opened = editing.start(orgId);
            }
        } catch (InvalidInput e) {
            Faces.notFound();
            return;
        }
        form = opened.form();
    }

    private List<TermGroup> buildGroups() {
        List<TaxonomyTerm> kept = editing.keptTerms(opened.serviceId());
        List<TermGroup> out = new ArrayList<>();
        for (Taxonomy t : taxonomies.all()) {
            out.add(new TermGroup(t, taxonomies.choices(t.getCode()).flatten(),
                    kept.stream().filter(k -> k.getTaxonomy().equals(t)).toList()));
        }
        return out;
    }

    public void save() {
        if (form == null) return;
        readTerms();
        try {
            Long saved = editing.save(opened.organisationId(), opened.serviceId(), form);
            Faces.flash(opened.proxy() ? "Saved “" + form.getName() + "” on behalf of " + opened.organisationName() + "."
                    : "“" + form.getName() + "” is saved.");
            Faces.redirect("/organisation/service.xhtml?id=" + saved);
        } catch (InvalidInput e) {
            e.showOn("service");
        } catch (PersistenceException e) {
            if (!EditConflict.causedBy(e)) throw e;
            Faces.error(EditConflict.MESSAGE);
        }
    }

    public void confirm() {
        if (form == null || opened.serviceId() == null) return;
        try {
            editing.confirmStillCorrect(opened.serviceId(), form.getVersion());
            Faces.flash("Thank you: “" + form.getName() + "” is confirmed as still correct.");
            Faces.redirect("/organisation/service.xhtml?id=" + opened.serviceId());
        } catch (InvalidInput e) {
            e.showOn("service");
        } catch (PersistenceException e) {
            if (!EditConflict.causedBy(e)) throw e;
            Faces.error(EditConflict.MESSAGE);
        }
    }

    public void addPlace() {
        readTerms();
        form.addPlace();
    }

    public void removePlace(int index) {
        readTerms();
        form.removePlace(index);
    }

    /** The ticked term boxes as posted, one field "term-{id}" each (none ticked sends none). */
    private void readTerms() {
        List<String> ids = new ArrayList<>();
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterNames().forEachRemaining(name -> {
            if (name.startsWith(TERM_FIELD)) ids.add(name.substring(TERM_FIELD.length()));
        });
        form.setTermIds(ids);
    }

    /** The list page to go back to. */
    public String getBackLink() {
        return opened.proxy() ? "/admin/services.xhtml?org=" + opened.organisationId() : "/organisation/services.xhtml";
    }

    public List<ServiceStatus> getStatuses() { return List.of(ServiceStatus.values()); }
    public List<TermGroup> getGroups() {
        if (groups == null && opened != null) groups = buildGroups();
        return groups;
    }
    public Editing getOpened() { return opened; }
    public ServiceForm getForm() { return form; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getOrg() { return org; }
    public void setOrg(String org) { this.org = org; }
}

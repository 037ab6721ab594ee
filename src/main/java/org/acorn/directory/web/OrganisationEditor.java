package org.acorn.directory.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import java.io.Serializable;
import org.acorn.directory.EditConflict;
import org.acorn.directory.InvalidInput;
import org.acorn.directory.MembershipStatus;
import org.acorn.directory.OrganisationForm;
import org.acorn.directory.OrganisationService;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Role;
import org.acorn.platform.web.Faces;

/**
 * Backs the organisation details form: /organisation/details.xhtml (an admin, their own organisation) and
 * /admin/organisation.xhtml?id= (staff, any organisation, on its behalf). The form keeps the version it
 * was loaded at for the life of the page.
 */
@Named
@ViewScoped
public class OrganisationEditor implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject OrganisationService service;
    @Inject Caller caller;

    private Long id;
    private OrganisationForm form;
    private String name;
    private boolean proxy;
    private MembershipStatus membership;
    private transient java.util.Optional<java.time.Instant> lastVerified;

    /** View action of /organisation/details.xhtml. */
    public void loadOwn() {
        Long own = caller.organisationId();
        if (own == null || !caller.has(Role.ORG_ADMIN)) {
            throw new AccessDenied("Only your organisation's admin can change its details.");
        }
        id = own;
        proxy = false;
        load();
    }

    /** View action of /admin/organisation.xhtml: staff on behalf of the organisation. */
    public void loadById() {
        caller.requireStaff();
        proxy = true;
        load();
    }

    private void load() {
        try {
            form = service.forEditing(id);
            name = form.getName();
            membership = service.membershipOf(id);
        } catch (InvalidInput e) {
            e.showOn("org");
        }
    }

    public void save() {
        if (form == null) return;
        try {
            service.update(id, form);
            Faces.flash(proxy ? "Saved the details of " + form.getName() + " on its behalf." : "Your organisation's details are saved.");
            Faces.redirect(proxy ? "/admin/organisation.xhtml?id=" + id : "/organisation/details.xhtml");
        } catch (InvalidInput e) {
            e.showOn("org");
        } catch (PersistenceException e) {
            if (!EditConflict.causedBy(e)) throw e;
            Faces.error(EditConflict.MESSAGE);
        }
    }

    /** "Confirm still correct": sets last verified without changing anything else. */
    public void confirm() {
        if (form == null) return;
        try {
            service.confirmStillCorrect(id, form.getVersion());
            Faces.flash(proxy ? "Confirmed the details of " + name + " as still correct, on its behalf."
                    : "Thank you: your organisation's details are confirmed as still correct.");
            Faces.redirect(proxy ? "/admin/organisation.xhtml?id=" + id : "/organisation/details.xhtml");
        } catch (InvalidInput e) {
            e.showOn("org");
        } catch (PersistenceException e) {
            if (!EditConflict.causedBy(e)) throw e;
            Faces.error(EditConflict.MESSAGE);
        }
    }

    /** Accepts an organisation that an import listed as a member (co-ordinators; the service checks). */
    public void admit() {
        if (form == null) return;
        try {
            service.admitListed(id);
            Faces.flash(name + " is now a member: its listing is public.");
            Faces.redirect("/admin/organisation.xhtml?id=" + id);
        } catch (InvalidInput e) {
            e.showOn("org");
        }
    }

    public boolean isListedOnly() { return membership == MembershipStatus.LISTED; }

    public java.time.Instant getLastVerified() {
        if (lastVerified == null && form != null) lastVerified = java.util.Optional.ofNullable(service.lastVerified(id));
        return lastVerified == null ? null : lastVerified.orElse(null);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public OrganisationForm getForm() { return form; }
    public String getName() { return name; }
    public boolean isProxy() { return proxy; }
}

package org.acorn.directory.web;

import org.acorn.platform.web.Faces;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.acorn.directory.InvalidInput;
import org.acorn.directory.record.DirectoryRecords;
import org.acorn.directory.service.Service;
import org.acorn.directory.service.ServiceEditing;
import org.acorn.directory.service.ServiceEditing.Listing;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Role;

/**
 * Backs /organisation/services.xhtml (an admin's own services) and /admin/services.xhtml?org= (staff, any
 * organisation's): each service with its status and when it was last verified.
 */
@Named
@RequestScoped
public class ServicesPage {

    @Inject ServiceEditing editing;
    @Inject DirectoryRecords records;
    @Inject Caller caller;

    private String org;
    private Listing listing;

    public void loadOwn() {
        if (caller.organisationId() == null || !caller.has(Role.ORG_ADMIN)) {
            throw new AccessDenied("Only your organisation's admin can change its services.");
        }
        show(caller.organisationId());
    }

    public void loadById() {
        caller.requireStaff();
        Long id = Faces.id(org);
        if (id == null) {
            Faces.notFound();
            return;
        }
        show(id);
    }

    private void show(Long organisationId) {
        try {
            listing = editing.list(organisationId);
        } catch (InvalidInput e) {
            Faces.notFound();
        }
    }

    /** "Not verified recently" and the like, from the network's freshness settings. */
    public String freshness(Service s) {
        return records.freshnessOf(s.getLastVerifiedAt()).label();
    }

    /** The editor's address for a new service: staff add on the organisation's behalf. */
    public String getAddLink() {
        return listing.proxy() ? "/organisation/service.xhtml?org=" + listing.organisationId() : "/organisation/service.xhtml";
    }

    public Listing getListing() { return listing; }
    public String getOrg() { return org; }
    public void setOrg(String org) { this.org = org; }
}

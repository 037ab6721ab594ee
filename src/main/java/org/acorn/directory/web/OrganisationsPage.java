package org.acorn.directory.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.acorn.directory.Organisation;
import org.acorn.directory.OrganisationService;

/** Backs /admin/organisations.xhtml: staff find an organisation by name to act on its behalf. */
@Named
@RequestScoped
public class OrganisationsPage {

    @Inject OrganisationService service;

    private String q;
    private List<Organisation> results;

    public List<Organisation> getResults() {
        if (results == null) results = service.search(q == null || q.length() > 200 ? "" : q);
        return results;
    }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
}

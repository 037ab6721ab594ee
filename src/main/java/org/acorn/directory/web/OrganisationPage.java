package org.acorn.directory.web;

import org.acorn.platform.web.Faces;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;
import org.acorn.directory.Organisation;
import org.acorn.directory.Policy;
import org.acorn.directory.record.DirectoryRecords;
import org.acorn.directory.record.DirectoryRecords.OrganisationRecord;
import org.acorn.network.District;

/** Backs /directory/organisation.xhtml?id=: an organisation's profile as the reader may see it. */
@Named
@RequestScoped
public class OrganisationPage {

    @Inject DirectoryRecords records;
    @Inject jakarta.enterprise.inject.Instance<org.acorn.directory.record.ProfileFacts> factSources;

    private String id;
    private OrganisationRecord record;

    /** View action: the 404 page when there is no such organisation for this reader. */
    public void load() {
        record = records.organisation(Faces.id(id)).orElse(null);
        if (record == null) Faces.notFound();
    }

    public OrganisationRecord getRecord() { return record; }

    public Organisation getOrg() { return record == null ? null : record.organisation(); }

    public String getAreas() {
        Organisation org = getOrg();
        if (org.isCountyWide()) return "County-wide";
        return org.getDistricts().stream().map(District::getName).collect(Collectors.joining(", "));
    }

    /** Figures other features add, as the organisation chose (see ProfileFacts). */
    public List<org.acorn.directory.record.ProfileFacts.Fact> getFacts() {
        return factSources.stream().flatMap(f -> f.publicFacts(getOrg().getId()).stream()).toList();
    }

    public List<String> getPolicies() { return Policy.listed(getOrg().getPoliciesHeld()); }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}

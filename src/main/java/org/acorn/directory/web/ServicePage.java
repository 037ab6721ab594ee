package org.acorn.directory.web;

import org.acorn.platform.web.Faces;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.acorn.directory.record.DirectoryRecords;
import org.acorn.directory.record.DirectoryRecords.ServiceRecord;
import org.acorn.directory.service.Service;
import org.acorn.directory.taxonomy.Taxonomy;
import org.acorn.directory.taxonomy.TaxonomyTerm;

/** Backs /directory/service.xhtml?id=: every field of a service, level of need for professionals only. */
@Named
@RequestScoped
public class ServicePage {

    @Inject DirectoryRecords records;

    private String id;
    private ServiceRecord record;

    public void load() {
        record = records.service(Faces.id(id)).orElse(null);
        if (record == null) Faces.notFound();
    }

    public ServiceRecord getRecord() { return record; }

    public Service getService() { return record == null ? null : record.service(); }

    public List<TaxonomyTerm> getOutcomes() { return terms(Taxonomy.ECM); }
    public List<TaxonomyTerm> getTypes() { return terms(Taxonomy.SERVICE_TYPE); }
    public List<TaxonomyTerm> getGroups() { return terms(Taxonomy.TARGET_GROUP); }
    public List<TaxonomyTerm> getDelivery() { return terms(Taxonomy.DELIVERY); }
    public List<TaxonomyTerm> getAccess() { return terms(Taxonomy.ACCESS_ROUTE); }

    /** Empty unless the reader is a professional: the page shows nothing about level of need to the public. */
    public List<TaxonomyTerm> getLevelOfNeed() {
        return record != null && record.audience().seesLevelOfNeed() ? terms(Taxonomy.LEVEL_OF_NEED) : List.of();
    }

    private List<TaxonomyTerm> terms(String taxonomy) {
        if (record == null) return List.of();
        return record.service().termsOf(taxonomy).stream()
                .sorted(java.util.Comparator.comparing(TaxonomyTerm::getCode)).toList();
    }

    /** "Free", the cost as written, or both. */
    public String getCost() {
        Service s = getService();
        String text = s.getCostText() == null ? "" : s.getCostText();
        if (s.isFree()) return text.isEmpty() ? "Free" : "Free: " + text;
        return text.isEmpty() ? "Not given" : text;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}

package org.acorn.directory.service;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.acorn.directory.taxonomy.TaxonomyTerm;

/**
 * Something an organisation offers children, young people or families, at one or more locations, described
 * with taxonomy terms (outcomes, service types, target groups, delivery, level of need, access route).
 * Holds no data about any individual child or family.
 */
@Entity
@Table(name = "service")
public class Service {


    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The record's identity in the Open Referral UK API (V6); never changes. */
    @Column(length = 36, unique = true, updatable = false)
    private String uuid = java.util.UUID.randomUUID().toString();

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 2000)
    private String description;

    @Column(length = 1000)
    private String eligibility;

    @Column(name = "how_to_refer", length = 1000)
    private String howToRefer;

    @Column(name = "cost_text", length = 300)
    private String costText;

    @Column(name = "is_free", nullable = false)
    private boolean free;

    @Column(name = "min_age")
    private Integer minAge;

    @Column(name = "max_age")
    private Integer maxAge;

    @Column(length = 300)
    private String languages;

    @Column(name = "opening_times", length = 500)
    private String openingTimes;

    @Column(name = "send_relevant", nullable = false)
    private boolean sendRelevant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ServiceStatus status = ServiceStatus.ACTIVE;

    @Column(name = "last_verified_at")
    private Instant lastVerifiedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "service", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder, id")
    private List<ServiceLocation> locations = new ArrayList<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "service_term",
            joinColumns = @JoinColumn(name = "service_id"),
            inverseJoinColumns = @JoinColumn(name = "term_id"))
    private Set<TaxonomyTerm> terms = new LinkedHashSet<>();

    protected Service() { }

    public Service(Long organisationId, String name, Instant now) {
        this.organisationId = Objects.requireNonNull(organisationId);
        this.name = name;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void addLocation(ServiceLocation location) {
        location.attachTo(this);
        location.setSortOrder(locations.size());
        locations.add(location);
    }

    public void removeLocation(ServiceLocation location) { locations.remove(location); }

    public void tag(TaxonomyTerm term) { terms.add(term); }

    /** Carries exactly these terms afterwards. */
    public void tagExactly(Set<TaxonomyTerm> wanted) {
        terms.retainAll(wanted);
        terms.addAll(wanted);
    }

    /** The fields an editor can change, as text, for the audit trail's before/after. */
    public java.util.Map<String, Object> auditView() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("name", name);
        m.put("description", description);
        m.put("eligibility", eligibility);
        m.put("howToRefer", howToRefer);
        m.put("cost", costText);
        m.put("free", free);
        m.put("ages", ageRange());
        m.put("languages", languages);
        m.put("openingTimes", openingTimes);
        m.put("sendRelevant", sendRelevant);
        m.put("status", status);
        m.put("locations", locations.stream().map(l -> (l.getAddress() == null ? "" : l.getAddress() + ", ") + l.getPostcode()
                + (l.getLatitude() == null ? "" : " (" + l.getLatitude().stripTrailingZeros().toPlainString() + ","
                + l.getLongitude().stripTrailingZeros().toPlainString() + ")")).collect(java.util.stream.Collectors.joining(" | ")));
        m.put("terms", terms.stream().map(TaxonomyTerm::toString).sorted().collect(java.util.stream.Collectors.joining(", ")));
        return m;
    }

    public void untag(TaxonomyTerm term) { terms.remove(term); }

    /** The merge rule's part on a service: carries {@code to} instead of {@code from}; true if it carried {@code from}. */
    public boolean retag(TaxonomyTerm from, TaxonomyTerm to) {
        if (!terms.remove(from)) return false;
        terms.add(to);
        return true;
    }

    /** The terms of one taxonomy, by its code. */
    public List<TaxonomyTerm> termsOf(String taxonomyCode) {
        return terms.stream().filter(t -> t.getTaxonomy().getCode().equals(taxonomyCode)).toList();
    }

    /** The age range a reader understands: "0–19", "from 11", "up to 5", or empty when unknown. */
    public String ageRange() {
        if (minAge == null && maxAge == null) return "";
        if (minAge == null) return "up to " + maxAge;
        if (maxAge == null) return "from " + minAge;
        return minAge + "–" + maxAge;
    }

    public void verified(Instant now) {
        this.lastVerifiedAt = now;
        this.updatedAt = now;
    }

    /** Sets both ages; refuses a minimum above the maximum or a negative age. */
    public void setAges(Integer minAge, Integer maxAge) {
        if ((minAge != null && minAge < 0) || (maxAge != null && maxAge < 0)) {
            throw new IllegalArgumentException("ages cannot be negative");
        }
        if (minAge != null && maxAge != null && minAge > maxAge) {
            throw new IllegalArgumentException("minimum age above maximum age");
        }
        this.minAge = minAge;
        this.maxAge = maxAge;
    }

    public Long getId() { return id; }
    public String getUuid() { return uuid; }
    public Long getOrganisationId() { return organisationId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getEligibility() { return eligibility; }
    public void setEligibility(String eligibility) { this.eligibility = eligibility; }
    public String getHowToRefer() { return howToRefer; }
    public void setHowToRefer(String howToRefer) { this.howToRefer = howToRefer; }
    public String getCostText() { return costText; }
    public void setCostText(String costText) { this.costText = costText; }
    public boolean isFree() { return free; }
    public void setFree(boolean free) { this.free = free; }
    public Integer getMinAge() { return minAge; }
    public Integer getMaxAge() { return maxAge; }
    public String getLanguages() { return languages; }
    public void setLanguages(String languages) { this.languages = languages; }
    public String getOpeningTimes() { return openingTimes; }
    public void setOpeningTimes(String openingTimes) { this.openingTimes = openingTimes; }
    public boolean isSendRelevant() { return sendRelevant; }
    public void setSendRelevant(boolean sendRelevant) { this.sendRelevant = sendRelevant; }
    public ServiceStatus getStatus() { return status; }
    public void setStatus(ServiceStatus status) { this.status = Objects.requireNonNull(status); }
    public Instant getLastVerifiedAt() { return lastVerifiedAt; }
    public void setLastVerifiedAt(Instant lastVerifiedAt) { this.lastVerifiedAt = lastVerifiedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void touch(Instant now) { this.updatedAt = now; }
    public long getVersion() { return version; }
    public List<ServiceLocation> getLocations() { return Collections.unmodifiableList(locations); }
    public Set<TaxonomyTerm> getTerms() { return Collections.unmodifiableSet(terms); }
}

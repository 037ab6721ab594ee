package org.acorn.directory;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.acorn.network.District;

/** A member organisation of the network. The directory issue adds services and the public profile. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The record's identity in the Open Referral UK API (V6); never changes. */
    @Column(length = 36, unique = true, updatable = false)
    private String uuid = java.util.UUID.randomUUID().toString();

    @Column(nullable = false, length = 200)
    private String name;

    /** Lower-cased name with spacing and punctuation folded: two organisations may not share it. */
    @Column(name = "name_key", nullable = false, length = 200)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "org_type", nullable = false, length = 40)
    private OrganisationType type;

    @Column(name = "charity_number", length = 12)
    private String charityNumber;

    @Column(name = "company_number", length = 10)
    private String companyNumber;

    @Column(name = "county_wide", nullable = false)
    private boolean countyWide;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "organisation_district",
            joinColumns = @JoinColumn(name = "organisation_id"),
            inverseJoinColumns = @JoinColumn(name = "district_id"))
    @OrderBy("sortOrder")
    private Set<District> districts = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "income_band", length = 20)
    private IncomeBand incomeBand;

    @Column(name = "contact_name", length = 120)
    private String contactName;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Column(name = "contact_phone", length = 40)
    private String contactPhone;

    @Column(name = "postal_address", length = 500)
    private String postalAddress;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_preference", nullable = false, length = 10)
    private ContactPreference contactPreference = ContactPreference.EMAIL;

    @Column(length = 300)
    private String website;

    @Column(length = 2000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "membership_status", nullable = false, length = 20)
    private MembershipStatus membershipStatus = MembershipStatus.MEMBER;

    @Column(name = "joined_at")
    private Instant joinedAt;

    @Column(name = "last_verified_at")
    private Instant lastVerifiedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @Column(name = "staff_full_time")
    private Integer staffFullTime;

    @Column(name = "staff_part_time")
    private Integer staffPartTime;

    @Column(name = "staff_sessional")
    private Integer staffSessional;

    @Column(name = "volunteers")
    private Integer volunteers;

    /** The policies and procedures the organisation holds, as the organisation lists them. */
    @Column(name = "policies_held", length = 2000)
    private String policiesHeld;

    @Column(length = 500)
    private String accreditation;

    /** Staff-only: never shown in the public directory. */
    @Column(name = "safeguarding_lead", length = 200)
    private String safeguardingLead;

    @Column(name = "contract_ready", nullable = false)
    private boolean contractReady;

    protected Organisation() { }

    public Organisation(String name, OrganisationType type, Instant now) {
        rename(name);
        this.type = type;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * The comparison key for duplicate names: "St. Mary's  Playgroup" and "st marys playgroup" clash.
     * Apostrophes are dropped (so "Mary's" is "marys"), other runs of punctuation and spacing become one space.
     */
    public static String nameKey(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT).replaceAll("['’‘`]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    public void rename(String name) {
        this.name = name.trim();
        this.nameKey = nameKey(name);
    }

    /** The fields an editor can change, as text, for the audit trail's before/after. */
    public Map<String, Object> auditView() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("type", type);
        m.put("charityNumber", charityNumber);
        m.put("companyNumber", companyNumber);
        m.put("countyWide", countyWide);
        m.put("districts", districts.stream().map(District::getName).collect(Collectors.joining(", ")));
        m.put("incomeBand", incomeBand);
        m.put("contactName", contactName);
        m.put("contactEmail", contactEmail);
        m.put("contactPhone", contactPhone);
        m.put("postalAddress", postalAddress);
        m.put("contactPreference", contactPreference);
        m.put("website", website);
        m.put("description", description);
        m.put("membershipStatus", membershipStatus);
        m.put("staffFullTime", staffFullTime);
        m.put("staffPartTime", staffPartTime);
        m.put("staffSessional", staffSessional);
        m.put("volunteers", volunteers);
        m.put("policiesHeld", policiesHeld);
        m.put("accreditation", accreditation);
        m.put("safeguardingLead", safeguardingLead);
        m.put("contractReady", contractReady);
        return m;
    }

    public Long getId() { return id; }
    public String getUuid() { return uuid; }
    public String getName() { return name; }
    public String getNameKey() { return nameKey; }
    public OrganisationType getType() { return type; }
    public void setType(OrganisationType type) { this.type = type; }
    public String getCharityNumber() { return charityNumber; }
    public void setCharityNumber(String charityNumber) { this.charityNumber = charityNumber; }
    public String getCompanyNumber() { return companyNumber; }
    public void setCompanyNumber(String companyNumber) { this.companyNumber = companyNumber; }
    public boolean isCountyWide() { return countyWide; }
    public void setCountyWide(boolean countyWide) { this.countyWide = countyWide; }
    public Set<District> getDistricts() { return districts; }
    public void setDistricts(Set<District> districts) { this.districts = new LinkedHashSet<>(districts); }
    public IncomeBand getIncomeBand() { return incomeBand; }
    public void setIncomeBand(IncomeBand incomeBand) { this.incomeBand = incomeBand; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getPostalAddress() { return postalAddress; }
    public void setPostalAddress(String postalAddress) { this.postalAddress = postalAddress; }
    public ContactPreference getContactPreference() { return contactPreference; }
    public void setContactPreference(ContactPreference p) { this.contactPreference = p; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public MembershipStatus getMembershipStatus() { return membershipStatus; }
    public void setMembershipStatus(MembershipStatus s) { this.membershipStatus = s; }
    public Instant getJoinedAt() { return joinedAt; }
    public void setJoinedAt(Instant joinedAt) { this.joinedAt = joinedAt; }
    public Instant getLastVerifiedAt() { return lastVerifiedAt; }
    public void setLastVerifiedAt(Instant lastVerifiedAt) { this.lastVerifiedAt = lastVerifiedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void touch(Instant now) { this.updatedAt = now; }
    public long getVersion() { return version; }
    public Integer getStaffFullTime() { return staffFullTime; }
    public Integer getStaffPartTime() { return staffPartTime; }
    public Integer getStaffSessional() { return staffSessional; }
    /** Staff counts in one go (any may be unknown). */
    public void setStaff(Integer fullTime, Integer partTime, Integer sessional) {
        this.staffFullTime = fullTime;
        this.staffPartTime = partTime;
        this.staffSessional = sessional;
    }
    public Integer getVolunteers() { return volunteers; }
    public void setVolunteers(Integer volunteers) { this.volunteers = volunteers; }
    public String getPoliciesHeld() { return policiesHeld; }
    public void setPoliciesHeld(String policiesHeld) { this.policiesHeld = policiesHeld; }
    public String getAccreditation() { return accreditation; }
    public void setAccreditation(String accreditation) { this.accreditation = accreditation; }
    public String getSafeguardingLead() { return safeguardingLead; }
    public void setSafeguardingLead(String safeguardingLead) { this.safeguardingLead = safeguardingLead; }
    public boolean isContractReady() { return contractReady; }
    public void setContractReady(boolean contractReady) { this.contractReady = contractReady; }
}

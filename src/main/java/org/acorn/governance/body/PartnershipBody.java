package org.acorn.governance.body;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A statutory partnership (or the network's own group) on which the sector has seats. */
@Entity
@Table(name = "partnership_body")
public class PartnershipBody {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "body_type", nullable = false, length = 30)
    private BodyType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BodyStatus status = BodyStatus.ACTIVE;

    @Column(name = "superseded_by_id")
    private Long supersededById;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(length = 160)
    private String chair;

    @Column(name = "business_manager", length = 160)
    private String businessManager;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Column(length = 4000)
    private String purpose;

    @Column(name = "influence_roles", nullable = false, length = 200)
    private String influenceRoles = "";

    @Column(length = 300)
    private String meets;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected PartnershipBody() { }

    public PartnershipBody(String name, BodyType type, Instant now) {
        this.name = name;
        this.type = type;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Fields as the audit log shows them before and after a change. */
    public Map<String, Object> auditView() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("type", type.label());
        m.put("status", status.label());
        m.put("superseded by", supersededById);
        m.put("part of", parentId);
        m.put("chair", chair);
        m.put("business manager", businessManager);
        m.put("contact email", contactEmail);
        m.put("purpose", purpose);
        m.put("roles", influenceRoles);
        m.put("meets", meets);
        return m;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public BodyType getType() { return type; }
    public void setType(BodyType type) { this.type = type; }
    public BodyStatus getStatus() { return status; }
    public void setStatus(BodyStatus status) { this.status = status; }
    public Long getSupersededById() { return supersededById; }
    public void setSupersededById(Long id) { this.supersededById = id; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public String getChair() { return chair; }
    public void setChair(String chair) { this.chair = chair; }
    public String getBusinessManager() { return businessManager; }
    public void setBusinessManager(String businessManager) { this.businessManager = businessManager; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public Set<InfluenceRole> getInfluenceRoles() { return InfluenceRole.decode(influenceRoles); }
    public void setInfluenceRoles(Set<InfluenceRole> roles) { this.influenceRoles = InfluenceRole.encode(roles); }
    public List<String> getInfluenceLabels() {
        return getInfluenceRoles().stream().map(InfluenceRole::label).collect(Collectors.toList());
    }
    public String getInfluenceText() { return String.join(", ", getInfluenceLabels()); }
    public String getMeets() { return meets; }
    public void setMeets(String meets) { this.meets = meets; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void touch(Instant now) { this.updatedAt = now; }
    public long getVersion() { return version; }
}

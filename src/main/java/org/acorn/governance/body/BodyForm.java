package org.acorn.governance.body;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/** What staff type about a body; checked by {@link Bodies}. */
public class BodyForm implements Serializable {
    private static final long serialVersionUID = 1L;

    public String name;
    public BodyType type;
    public BodyStatus status = BodyStatus.ACTIVE;
    public Long supersededById;
    public Long parentId;
    public String chair;
    public String businessManager;
    public String contactEmail;
    public String purpose;
    public Set<InfluenceRole> roles = EnumSet.noneOf(InfluenceRole.class);
    public String meets;

    public static BodyForm of(PartnershipBody b) {
        BodyForm f = new BodyForm();
        f.name = b.getName();
        f.type = b.getType();
        f.status = b.getStatus();
        f.supersededById = b.getSupersededById();
        f.parentId = b.getParentId();
        f.chair = b.getChair();
        f.businessManager = b.getBusinessManager();
        f.contactEmail = b.getContactEmail();
        f.purpose = b.getPurpose();
        f.roles = EnumSet.noneOf(InfluenceRole.class);
        f.roles.addAll(b.getInfluenceRoles());
        f.meets = b.getMeets();
        return f;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public BodyType getType() { return type; }
    public void setType(BodyType type) { this.type = type; }
    public BodyStatus getStatus() { return status; }
    public void setStatus(BodyStatus status) { this.status = status; }
    public Long getSupersededById() { return supersededById; }
    public void setSupersededById(Long v) { this.supersededById = v; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public String getChair() { return chair; }
    public void setChair(String chair) { this.chair = chair; }
    public String getBusinessManager() { return businessManager; }
    public void setBusinessManager(String v) { this.businessManager = v; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public Set<InfluenceRole> getRoles() { return roles; }
    public void setRoles(Set<InfluenceRole> roles) { this.roles = roles == null ? EnumSet.noneOf(InfluenceRole.class) : roles; }
    public String getMeets() { return meets; }
    public void setMeets(String meets) { this.meets = meets; }
}

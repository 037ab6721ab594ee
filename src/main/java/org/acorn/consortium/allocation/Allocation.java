package org.acorn.consortium.allocation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.acorn.consortium.opportunity.Money;

/**
 * A member's part of a won contract: the lot, area, client group, volume and value, why it went to them and who agreed
 * it when. A change writes a new version number and keeps the one it replaced ({@link AllocationVersion}).
 */
@Entity
@Table(name = "consortium_allocation")
public class Allocation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "opportunity_id", nullable = false)
    private Long opportunityId;

    @Column(name = "lot_id", nullable = false)
    private Long lotId;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(nullable = false, length = 300)
    private String area;

    @Column(name = "client_group", nullable = false, length = 300)
    private String clientGroup;

    @Column(nullable = false)
    private int volume;

    @Column(name = "volume_unit", nullable = false, length = 80)
    private String volumeUnit;

    @Column(name = "value_pence", nullable = false)
    private long valuePence;

    @Column(nullable = false, length = 2000)
    private String rationale;

    @Column(name = "agreed_by", nullable = false, length = 500)
    private String agreedBy;

    @Column(name = "agreed_on", nullable = false)
    private LocalDate agreedOn;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "changed_by", nullable = false)
    private Long changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @jakarta.persistence.Version
    private long version;

    protected Allocation() { }

    public Allocation(Long opportunityId) {
        this.opportunityId = opportunityId;
    }

    public void set(AllocationForm.Checked f, Long by, Instant at) {
        this.lotId = f.lotId();
        this.organisationId = f.organisationId();
        this.area = f.area();
        this.clientGroup = f.clientGroup();
        this.volume = f.volume();
        this.volumeUnit = f.volumeUnit();
        this.valuePence = f.valuePence();
        this.rationale = f.rationale();
        this.agreedBy = f.agreedBy();
        this.agreedOn = f.agreedOn();
        this.versionNo = versionNo + 1;
        this.changedBy = by;
        this.changedAt = at;
    }

    public Long getId() { return id; }
    public Long getOpportunityId() { return opportunityId; }
    public Long getLotId() { return lotId; }
    public Long getOrganisationId() { return organisationId; }
    public String getArea() { return area; }
    public String getClientGroup() { return clientGroup; }
    public int getVolume() { return volume; }
    public String getVolumeUnit() { return volumeUnit; }
    public long getValuePence() { return valuePence; }
    public String getValueLabel() { return Money.label(valuePence); }
    public String getRationale() { return rationale; }
    public String getAgreedBy() { return agreedBy; }
    public LocalDate getAgreedOn() { return agreedOn; }
    public int getVersionNo() { return versionNo; }
    public Long getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
}

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

/** An allocation as it stood at one version: written with every save, never changed, so members can see its history. */
@Entity
@Table(name = "consortium_allocation_version")
public class AllocationVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "allocation_id", nullable = false)
    private Long allocationId;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

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

    @Column(name = "changed_by", nullable = false)
    private Long changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected AllocationVersion() { }

    public AllocationVersion(Allocation a) {
        this.allocationId = a.getId();
        this.versionNo = a.getVersionNo();
        this.lotId = a.getLotId();
        this.organisationId = a.getOrganisationId();
        this.area = a.getArea();
        this.clientGroup = a.getClientGroup();
        this.volume = a.getVolume();
        this.volumeUnit = a.getVolumeUnit();
        this.valuePence = a.getValuePence();
        this.rationale = a.getRationale();
        this.agreedBy = a.getAgreedBy();
        this.agreedOn = a.getAgreedOn();
        this.changedBy = a.getChangedBy();
        this.changedAt = a.getChangedAt();
    }

    public Long getId() { return id; }
    public Long getAllocationId() { return allocationId; }
    public int getVersionNo() { return versionNo; }
    public Long getOrganisationId() { return organisationId; }
    public int getVolume() { return volume; }
    public String getVolumeUnit() { return volumeUnit; }
    public String getValueLabel() { return Money.label(valuePence); }
    public String getRationale() { return rationale; }
    public String getAgreedBy() { return agreedBy; }
    public LocalDate getAgreedOn() { return agreedOn; }
    public Instant getChangedAt() { return changedAt; }
}

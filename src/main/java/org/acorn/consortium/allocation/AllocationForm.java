package org.acorn.consortium.allocation;

import java.io.Serializable;
import java.time.LocalDate;

/** An allocation as an officer types it (a new one, or a change to {@code allocationId}). */
public class AllocationForm implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The values once checked. */
    public record Checked(Long lotId, Long organisationId, String area, String clientGroup, int volume, String volumeUnit,
                   long valuePence, String rationale, String agreedBy, LocalDate agreedOn) { }

    private Long allocationId;
    private Long lotId;
    private Long organisationId;
    private String area;
    private String clientGroup;
    private String volume;
    private String volumeUnit = "families";
    private String value;
    private String rationale;
    private String agreedBy;
    private String agreedOn;

    public Long getAllocationId() { return allocationId; }
    public void setAllocationId(Long v) { this.allocationId = v; }
    public Long getLotId() { return lotId; }
    public void setLotId(Long v) { this.lotId = v; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long v) { this.organisationId = v; }
    public String getArea() { return area; }
    public void setArea(String v) { this.area = v; }
    public String getClientGroup() { return clientGroup; }
    public void setClientGroup(String v) { this.clientGroup = v; }
    public String getVolume() { return volume; }
    public void setVolume(String v) { this.volume = v; }
    public String getVolumeUnit() { return volumeUnit; }
    public void setVolumeUnit(String v) { this.volumeUnit = v; }
    public String getValue() { return value; }
    public void setValue(String v) { this.value = v; }
    public String getRationale() { return rationale; }
    public void setRationale(String v) { this.rationale = v; }
    public String getAgreedBy() { return agreedBy; }
    public void setAgreedBy(String v) { this.agreedBy = v; }
    public String getAgreedOn() { return agreedOn; }
    public void setAgreedOn(String v) { this.agreedOn = v; }
}

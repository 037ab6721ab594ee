package org.acorn.consortium.opportunity;

import java.io.Serializable;

/** A member's expression of interest in one lot, as typed. */
public class InterestForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long lotId;
    private String service;
    private String area;
    private String volume;
    private String cost;
    private String readiness;

    public Long getLotId() { return lotId; }
    public void setLotId(Long v) { this.lotId = v; }
    public String getService() { return service; }
    public void setService(String v) { this.service = v; }
    public String getArea() { return area; }
    public void setArea(String v) { this.area = v; }
    public String getVolume() { return volume; }
    public void setVolume(String v) { this.volume = v; }
    public String getCost() { return cost; }
    public void setCost(String v) { this.cost = v; }
    public String getReadiness() { return readiness; }
    public void setReadiness(String v) { this.readiness = v; }
}

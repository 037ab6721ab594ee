package org.acorn.governance.payment;

import java.io.Serializable;

/** A claim as typed: money as text ("12.50"), parsed strictly by the service. */
public class ClaimForm implements Serializable {
    private static final long serialVersionUID = 1L;

    public Long schemeId;
    public String miles;
    public String fares;
    public String childcare;
    public String backfill;
    public String note;

    public Long getSchemeId() { return schemeId; }
    public void setSchemeId(Long schemeId) { this.schemeId = schemeId; }
    public String getMiles() { return miles; }
    public void setMiles(String miles) { this.miles = miles; }
    public String getFares() { return fares; }
    public void setFares(String fares) { this.fares = fares; }
    public String getChildcare() { return childcare; }
    public void setChildcare(String childcare) { this.childcare = childcare; }
    public String getBackfill() { return backfill; }
    public void setBackfill(String backfill) { this.backfill = backfill; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}

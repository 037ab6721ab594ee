package org.acorn.governance.body;

import java.io.Serializable;

/** What staff type about a seat. */
public class SeatForm implements Serializable {
    private static final long serialVersionUID = 1L;

    public String title;
    public Constituency constituency = Constituency.SECTOR;
    public Long districtId;
    public String theme;
    public String remit;
    public Integer termMonths = 24;
    public boolean hasDeputy;
    public FilledBy filledBy = FilledBy.ELECTED;
    public Integer electionCycle;
    public String timeCommitment;

    public static SeatForm of(Seat s) {
        SeatForm f = new SeatForm();
        f.title = s.getTitle();
        f.constituency = s.getConstituency();
        f.districtId = s.getDistrictId();
        f.theme = s.getTheme();
        f.remit = s.getRemit();
        f.termMonths = s.getTermMonths();
        f.hasDeputy = s.isHasDeputy();
        f.filledBy = s.getFilledBy();
        f.electionCycle = s.getElectionCycle();
        f.timeCommitment = s.getTimeCommitment();
        return f;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Constituency getConstituency() { return constituency; }
    public void setConstituency(Constituency constituency) { this.constituency = constituency; }
    public Long getDistrictId() { return districtId; }
    public void setDistrictId(Long districtId) { this.districtId = districtId; }
    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = theme; }
    public String getRemit() { return remit; }
    public void setRemit(String remit) { this.remit = remit; }
    public Integer getTermMonths() { return termMonths; }
    public void setTermMonths(Integer termMonths) { this.termMonths = termMonths; }
    public boolean isHasDeputy() { return hasDeputy; }
    public void setHasDeputy(boolean hasDeputy) { this.hasDeputy = hasDeputy; }
    public FilledBy getFilledBy() { return filledBy; }
    public void setFilledBy(FilledBy filledBy) { this.filledBy = filledBy; }
    public Integer getElectionCycle() { return electionCycle; }
    public void setElectionCycle(Integer electionCycle) { this.electionCycle = electionCycle; }
    public String getTimeCommitment() { return timeCommitment; }
    public void setTimeCommitment(String timeCommitment) { this.timeCommitment = timeCommitment; }
}

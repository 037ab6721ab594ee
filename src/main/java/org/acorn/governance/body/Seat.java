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
import java.util.Map;

/**
 * A place for the sector on a body. {@code electionCycle} staggers elections (the Group model: 16 seats, 8
 * elected every two years): seats of cycle 1 are elected in one round, cycle 2 in the next.
 */
@Entity
@Table(name = "seat")
public class Seat {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "body_id", nullable = false)
    private Long bodyId;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Constituency constituency;

    @Column(name = "district_id")
    private Long districtId;

    @Column(length = 120)
    private String theme;

    @Column(nullable = false, length = 3000)
    private String remit;

    @Column(name = "term_months", nullable = false)
    private int termMonths;

    @Column(name = "has_deputy", nullable = false)
    private boolean hasDeputy;

    @Enumerated(EnumType.STRING)
    @Column(name = "filled_by", nullable = false, length = 20)
    private FilledBy filledBy;

    @Column(name = "election_cycle")
    private Integer electionCycle;

    @Column(name = "time_commitment", length = 300)
    private String timeCommitment;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Seat() { }

    public Seat(Long bodyId, String title, Constituency constituency, FilledBy filledBy, int termMonths, Instant now) {
        this.bodyId = bodyId;
        this.title = title;
        this.constituency = constituency;
        this.filledBy = filledBy;
        this.termMonths = termMonths;
        this.createdAt = now;
    }

    public Map<String, Object> auditView() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("constituency", constituency.label());
        m.put("district", districtId);
        m.put("theme", theme);
        m.put("remit", remit);
        m.put("term months", termMonths);
        m.put("deputy", hasDeputy);
        m.put("filled by", filledBy.label());
        m.put("election cycle", electionCycle);
        m.put("time commitment", timeCommitment);
        return m;
    }

    public Long getId() { return id; }
    public Long getBodyId() { return bodyId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Constituency getConstituency() { return constituency; }
    public void setConstituency(Constituency c) { this.constituency = c; }
    public Long getDistrictId() { return districtId; }
    public void setDistrictId(Long districtId) { this.districtId = districtId; }
    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = theme; }
    public String getRemit() { return remit; }
    public void setRemit(String remit) { this.remit = remit; }
    public int getTermMonths() { return termMonths; }
    public void setTermMonths(int termMonths) { this.termMonths = termMonths; }
    public boolean isHasDeputy() { return hasDeputy; }
    public void setHasDeputy(boolean hasDeputy) { this.hasDeputy = hasDeputy; }
    public FilledBy getFilledBy() { return filledBy; }
    public void setFilledBy(FilledBy filledBy) { this.filledBy = filledBy; }
    public Integer getElectionCycle() { return electionCycle; }
    public void setElectionCycle(Integer electionCycle) { this.electionCycle = electionCycle; }
    public String getTimeCommitment() { return timeCommitment; }
    public void setTimeCommitment(String timeCommitment) { this.timeCommitment = timeCommitment; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
    public Instant getRetiredAt() { return retiredAt; }
    public void retire(Instant now) { this.retiredAt = now; }
}

package org.acorn.governance.election;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One race in an election: the seats of one constituency, the organisations that may nominate and vote
 * for them, and how the ballots are counted. After the count it keeps turnout and the count's report.
 */
@Entity
@Table(name = "contest")
public class Contest {

    public enum Outcome { COUNTED, UNCONTESTED, NO_CANDIDATES }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "election_id", nullable = false)
    private Long electionId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "district_id")
    private Long districtId;

    @Column(name = "county_wide_included", nullable = false)
    private boolean countyWideIncluded;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Method method;

    @Column(nullable = false)
    private int places;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Outcome outcome;

    @Column(name = "eligible_count")
    private Integer eligibleCount;

    @Column(name = "voted_count")
    private Integer votedCount;

    @Column(name = "count_report")
    private String countReport;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contest_seat", joinColumns = @JoinColumn(name = "contest_id"))
    @Column(name = "seat_id")
    private Set<Long> seatIds = new LinkedHashSet<>();

    protected Contest() { }

    public Contest(Long electionId, String title, Long districtId, boolean countyWideIncluded, Method method, Set<Long> seatIds,
            int sortOrder) {
        this.electionId = electionId;
        this.title = title;
        this.districtId = districtId;
        this.countyWideIncluded = countyWideIncluded;
        this.method = method;
        this.seatIds = new LinkedHashSet<>(seatIds);
        this.places = seatIds.size();
        this.sortOrder = sortOrder;
    }

    void result(Outcome outcome, int eligible, int voted, String report) {
        this.outcome = outcome;
        this.eligibleCount = eligible;
        this.votedCount = voted;
        this.countReport = report;
    }

    /** Turnout as a whole percentage of eligible organisations, or null before the count. */
    public Integer getTurnoutPercent() {
        if (eligibleCount == null || votedCount == null || eligibleCount == 0) return null;
        return (int) Math.round(100.0 * votedCount / eligibleCount);
    }

    public Long getId() { return id; }
    public Long getElectionId() { return electionId; }
    public String getTitle() { return title; }
    public Long getDistrictId() { return districtId; }
    public boolean isCountyWideIncluded() { return countyWideIncluded; }
    public Method getMethod() { return method; }
    public int getPlaces() { return places; }
    public Outcome getOutcome() { return outcome; }
    public Integer getEligibleCount() { return eligibleCount; }
    public Integer getVotedCount() { return votedCount; }
    public String getCountReport() { return countReport; }
    public int getSortOrder() { return sortOrder; }
    public Set<Long> getSeatIds() { return seatIds; }
}

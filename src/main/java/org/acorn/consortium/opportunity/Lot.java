package org.acorn.consortium.opportunity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A lot of an opportunity (an opportunity without lots has one, "the whole contract"). {@code minReadiness} is the
 * readiness score (0–100) a member should reach to deliver it: contract readiness compares members with it.
 */
@Entity
@Table(name = "consortium_lot")
public class Lot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "opportunity_id", nullable = false)
    private Long opportunityId;

    @Column(name = "lot_no", nullable = false)
    private int lotNo;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 2000)
    private String description;

    @Column(name = "value_pence")
    private Long valuePence;

    @Column(name = "min_readiness")
    private Integer minReadiness;

    protected Lot() { }

    public Lot(Long opportunityId, int lotNo, String title, String description, Long valuePence, Integer minReadiness) {
        this.opportunityId = opportunityId;
        this.lotNo = lotNo;
        this.title = title;
        this.description = description;
        this.valuePence = valuePence;
        this.minReadiness = minReadiness;
    }

    void revise(String title, Long valuePence, Integer minReadiness) {
        this.title = title;
        this.valuePence = valuePence;
        this.minReadiness = minReadiness;
    }

    /** The lot as one line of the lots box: "title | value in pounds | minimum readiness". */
    public String getLine() {
        return title + " | " + (valuePence == null ? "" : Money.typed(valuePence)) + " | " + (minReadiness == null ? "" : minReadiness);
    }

    public Long getId() { return id; }
    public Long getOpportunityId() { return opportunityId; }
    public int getLotNo() { return lotNo; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public Long getValuePence() { return valuePence; }
    public String getValueLabel() { return valuePence == null ? "" : Money.label(valuePence); }
    public Integer getMinReadiness() { return minReadiness; }
    public String getLabel() { return "Lot " + lotNo + ": " + title; }
}

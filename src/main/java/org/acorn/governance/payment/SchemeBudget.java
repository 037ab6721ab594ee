package org.acorn.governance.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A scheme's budget for one financial year, in pence. */
@Entity
@Table(name = "scheme_budget")
public class SchemeBudget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "scheme_id", nullable = false)
    private Long schemeId;

    @Column(name = "budget_year", nullable = false)
    private int year;

    @Column(name = "amount_pence", nullable = false)
    private long amount;

    protected SchemeBudget() { }

    public SchemeBudget(Long schemeId, int year, long amount) {
        this.schemeId = schemeId;
        this.year = year;
        this.amount = amount;
    }

    public Long getSchemeId() { return schemeId; }
    public int getYear() { return year; }
    public long getAmount() { return amount; }
    void setAmount(long amount) { this.amount = amount; }
}

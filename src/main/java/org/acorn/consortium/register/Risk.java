package org.acorn.consortium.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A risk to the consortium: likelihood and impact (1–5 each), who owns it, how it is mitigated; open or closed. */
@Entity
@Table(name = "consortium_risk")
public class Risk {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 2000)
    private String description;

    @Column(nullable = false)
    private int likelihood;

    @Column(nullable = false)
    private int impact;

    @Column(nullable = false, length = 200)
    private String owner;

    @Column(nullable = false, length = 2000)
    private String mitigation;

    /** OPEN or CLOSED. */
    @Column(nullable = false, length = 20)
    private String status = "OPEN";

    @Column(name = "reviewed_at", nullable = false)
    private Instant reviewedAt;

    @jakarta.persistence.Version
    private long version;

    protected Risk() { }

    public Risk(Instant at) { this.reviewedAt = at; }

    public void set(String title, String description, int likelihood, int impact, String owner, String mitigation, boolean open, Instant at) {
        this.title = title;
        this.description = description;
        this.likelihood = likelihood;
        this.impact = impact;
        this.owner = owner;
        this.mitigation = mitigation;
        this.status = open ? "OPEN" : "CLOSED";
        this.reviewedAt = at;
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public int getLikelihood() { return likelihood; }
    public int getImpact() { return impact; }
    /** Likelihood × impact: 1–25, the order the register is read in. */
    public int getScore() { return likelihood * impact; }
    public String getRating() { return getScore() >= 15 ? "High" : getScore() >= 8 ? "Medium" : "Low"; }
    public String getOwner() { return owner; }
    public String getMitigation() { return mitigation; }
    public boolean isOpen() { return "OPEN".equals(status); }
    public Instant getReviewedAt() { return reviewedAt; }
}

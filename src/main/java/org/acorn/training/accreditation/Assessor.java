package org.acorn.training.accreditation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person network staff appointed to assess the scheme: only assessors sign off assessed work and award accreditation. */
@Entity
@Table(name = "accreditation_assessor")
public class Assessor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "appointed_by", nullable = false)
    private Long appointedBy;

    @Column(name = "appointed_at", nullable = false)
    private Instant appointedAt;

    protected Assessor() { }

    public Assessor(Long accountId, Long appointedBy, Instant now) {
        this.accountId = accountId;
        this.appointedBy = appointedBy;
        this.appointedAt = now;
    }

    public Long getId() { return id; }
    public Long getAccountId() { return accountId; }
    public Long getAppointedBy() { return appointedBy; }
    public Instant getAppointedAt() { return appointedAt; }
}

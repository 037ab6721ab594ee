package org.acorn.consortium;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An organisation's acceptance of one version of the agreement: who accepted it for them, and when. */
@Entity
@Table(name = "consortium_acceptance")
public class Acceptance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agreement_id", nullable = false)
    private Long agreementId;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "accepted_at", nullable = false)
    private Instant acceptedAt;

    protected Acceptance() { }

    public Acceptance(Long agreementId, Long organisationId, Long accountId, Instant at) {
        this.agreementId = agreementId;
        this.organisationId = organisationId;
        this.accountId = accountId;
        this.acceptedAt = at;
    }

    public Long getId() { return id; }
    public Long getAgreementId() { return agreementId; }
    public Long getOrganisationId() { return organisationId; }
    public Long getAccountId() { return accountId; }
    public Instant getAcceptedAt() { return acceptedAt; }
}

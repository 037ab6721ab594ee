package org.acorn.readiness;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member organisation willing to help smaller ones on a topic, with the person to contact. */
@Entity
@Table(name = "readiness_helper")
public class Helper {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Column(name = "organisation_id", nullable = false, updatable = false) private Long organisationId;
    @Enumerated(EnumType.STRING) @Column(nullable = false, length = 20, updatable = false) private HelpTopic topic;
    @Column(name = "account_id", nullable = false) private Long accountId;
    @Column(name = "offered_at", nullable = false) private Instant offeredAt;

    protected Helper() { }

    Helper(Long organisationId, HelpTopic topic, Long accountId, Instant at) {
        this.organisationId = organisationId;
        this.topic = topic;
        this.accountId = accountId;
        this.offeredAt = at;
    }

    public Long getId() { return id; }
    public Long getOrganisationId() { return organisationId; }
    public HelpTopic getTopic() { return topic; }
    public Long getAccountId() { return accountId; }
    public Instant getOfferedAt() { return offeredAt; }
}

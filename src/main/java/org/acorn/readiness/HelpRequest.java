package org.acorn.readiness;

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

/**
 * An organisation asking for help with a bid, with monitoring or with policies: staff route it to a development officer
 * or to a member that volunteered for the topic, and it is tracked until the helper (or staff, or the organisation)
 * closes it with what happened.
 */
@Entity
@Table(name = "readiness_help_request")
public class HelpRequest {

    public enum Status {
        OPEN("Waiting to be passed to a helper"), ROUTED("With a helper"), DONE("Done"), WITHDRAWN("Withdrawn");

        private final String label;

        Status(String label) { this.label = label; }

        public String getLabel() { return label; }
        public boolean isClosed() { return this == DONE || this == WITHDRAWN; }
    }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Column(name = "organisation_id", nullable = false, updatable = false) private Long organisationId;
    @Enumerated(EnumType.STRING) @Column(nullable = false, length = 20, updatable = false) private HelpTopic topic;
    @Column(nullable = false, length = 2000, updatable = false) private String details;
    @Enumerated(EnumType.STRING) @Column(nullable = false, length = 12) private Status status = Status.OPEN;
    @Column(name = "requested_by") private Long requestedBy;
    @Column(name = "requested_at", nullable = false) private Instant requestedAt;
    @Column(name = "helper_account_id") private Long helperAccountId;
    @Column(name = "helper_organisation_id") private Long helperOrganisationId;
    @Column(name = "routed_by", length = 160) private String routedBy;
    @Column(name = "routed_at") private Instant routedAt;
    @Column(length = 2000) private String outcome;
    @Column(name = "closed_at") private Instant closedAt;
    @Version private long version;

    protected HelpRequest() { }

    HelpRequest(Long organisationId, HelpTopic topic, String details, Long by, Instant at) {
        this.organisationId = organisationId;
        this.topic = topic;
        this.details = details;
        this.requestedBy = by;
        this.requestedAt = at;
    }

    void routeTo(Long helperAccountId, Long helperOrganisationId, String by, Instant at) {
        this.status = Status.ROUTED;
        this.helperAccountId = helperAccountId;
        this.helperOrganisationId = helperOrganisationId;
        this.routedBy = by;
        this.routedAt = at;
    }

    void close(Status how, String outcome, Instant at) {
        this.status = how;
        this.outcome = outcome;
        this.closedAt = at;
    }

    public Long getId() { return id; }
    public Long getOrganisationId() { return organisationId; }
    public HelpTopic getTopic() { return topic; }
    public String getDetails() { return details; }
    public Status getStatus() { return status; }
    public Long getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public Long getHelperAccountId() { return helperAccountId; }
    public Long getHelperOrganisationId() { return helperOrganisationId; }
    public String getRoutedBy() { return routedBy; }
    public Instant getRoutedAt() { return routedAt; }
    public String getOutcome() { return outcome; }
    public Instant getClosedAt() { return closedAt; }
    public long getVersion() { return version; }
}

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

/** One step in an organisation's private safeguarding action plan, from a "no" or "partly" in its self-assessment. */
@Entity
@Table(name = "readiness_action")
public class PlannedAction {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Column(name = "organisation_id", nullable = false, updatable = false) private Long organisationId;
    @Enumerated(EnumType.STRING) @Column(nullable = false, length = 40, updatable = false) private SafeguardingQuestion question;
    @Column(name = "action_text", nullable = false, length = 1000) private String actionText;
    @Column(name = "created_at", nullable = false) private Instant createdAt;
    @Column(name = "done_at") private Instant doneAt;
    @Column(name = "done_by", length = 160) private String doneBy;

    protected PlannedAction() { }

    PlannedAction(Long organisationId, SafeguardingQuestion question, Instant at) {
        this.organisationId = organisationId;
        this.question = question;
        this.actionText = question.getAction();
        this.createdAt = at;
    }

    void done(String by, Instant at) {
        this.doneBy = by;
        this.doneAt = at;
    }

    void reopen() {
        this.doneBy = null;
        this.doneAt = null;
    }

    public Long getId() { return id; }
    public Long getOrganisationId() { return organisationId; }
    public SafeguardingQuestion getQuestion() { return question; }
    public String getActionText() { return actionText; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getDoneAt() { return doneAt; }
    public String getDoneBy() { return doneBy; }
    public boolean isDone() { return doneAt != null; }
}

package org.acorn.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One privileged action: who, what, when, to which record, and the before/after detail. Never changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_name", nullable = false, length = 120, updatable = false)
    private String actorName;

    @Column(nullable = false, length = 60, updatable = false)
    private String action;

    @Column(name = "target_type", length = 40, updatable = false)
    private String targetType;

    @Column(name = "target_id", updatable = false)
    private Long targetId;

    @Column(name = "target_label", length = 200, updatable = false)
    private String targetLabel;

    @Column(name = "on_behalf_of", length = 200, updatable = false)
    private String onBehalfOf;

    @Column(length = 4000, updatable = false)
    private String detail;

    protected AuditEntry() { }

    AuditEntry(Instant occurredAt, Long actorId, String actorName, String action, String targetType,
               Long targetId, String targetLabel, String onBehalfOf, String detail) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorName = clip(actorName, 120);
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.targetLabel = clip(targetLabel, 200);
        this.onBehalfOf = clip(onBehalfOf, 200);
        this.detail = clip(detail, 4000);
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public Long getActorId() { return actorId; }
    public String getActorName() { return actorName; }
    public String getAction() { return action; }
    public String getTargetType() { return targetType; }
    public Long getTargetId() { return targetId; }
    public String getTargetLabel() { return targetLabel; }
    public String getOnBehalfOf() { return onBehalfOf; }
    public String getDetail() { return detail; }
}

package org.acorn.governance.issue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One step in an issue's history: the stage reached, a note, and the day it happened. */
@Entity
@Table(name = "issue_stage")
public class IssueStage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "issue_id", nullable = false)
    private Long issueId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IssueStep stage;

    @Column(nullable = false, length = 2000)
    private String note;

    @Column(name = "happened_on", nullable = false)
    private LocalDate happenedOn;

    @Column(name = "recorded_by", nullable = false, length = 160)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected IssueStage() { }

    public IssueStage(Long issueId, IssueStep stage, String note, LocalDate happenedOn, String recordedBy, Instant now) {
        this.issueId = issueId;
        this.stage = stage;
        this.note = note;
        this.happenedOn = happenedOn;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public IssueStep getStage() { return stage; }
    public String getNote() { return note; }
    public LocalDate getHappenedOn() { return happenedOn; }
    public String getRecordedBy() { return recordedBy; }
}

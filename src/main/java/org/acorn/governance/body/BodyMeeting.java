package org.acorn.governance.body;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A date a body met (or will meet), as much as representation needs: report-backs and attendance claims
 * refer to it. Kept small on purpose: the meetings feature (issue 5) can take its place.
 */
@Entity
@Table(name = "body_meeting")
public class BodyMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "body_id", nullable = false)
    private Long bodyId;

    @Column(name = "meets_on", nullable = false)
    private LocalDate meetsOn;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected BodyMeeting() { }

    public BodyMeeting(Long bodyId, LocalDate meetsOn, String title, Instant now) {
        this.bodyId = bodyId;
        this.meetsOn = meetsOn;
        this.title = title;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public Long getBodyId() { return bodyId; }
    public LocalDate getMeetsOn() { return meetsOn; }
    public String getTitle() { return title; }
}

package org.acorn.governance.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * That someone attended a body's meeting, in what capacity and for how long: what a claim is made against.
 * Small on purpose; the meetings feature (issue 5) may record attendance itself and feed this.
 */
@Entity
@Table(name = "attendance")
public class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Capacity capacity;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_part", nullable = false, length = 10)
    private DayPart dayPart;

    @Column(name = "recorded_by", nullable = false, length = 160)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Attendance() { }

    public Attendance(Long meetingId, Long accountId, Capacity capacity, DayPart dayPart, String recordedBy, Instant now) {
        this.meetingId = meetingId;
        this.accountId = accountId;
        this.capacity = capacity;
        this.dayPart = dayPart;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public Long getId() { return id; }
    public Long getMeetingId() { return meetingId; }
    public Long getAccountId() { return accountId; }
    public Capacity getCapacity() { return capacity; }
    public DayPart getDayPart() { return dayPart; }
    public String getRecordedBy() { return recordedBy; }
}

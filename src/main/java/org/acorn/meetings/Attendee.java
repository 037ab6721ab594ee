package org.acorn.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A line of the attendance register taken at the meeting: who came, for which organisation. */
@Entity
@Table(name = "meeting_attendee")
public class Attendee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "person_name", nullable = false, length = 160)
    private String personName;

    @Column(length = 200)
    private String organisation;

    @Column(name = "recorded_by", nullable = false, length = 160)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Attendee() { }

    public Attendee(Long meetingId, Long accountId, String personName, String organisation, String recordedBy, Instant now) {
        this.meetingId = meetingId;
        this.accountId = accountId;
        this.personName = personName;
        this.organisation = organisation;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public Long getId() { return id; }
    public Long getMeetingId() { return meetingId; }
    public Long getAccountId() { return accountId; }
    public String getPersonName() { return personName; }
    public String getOrganisation() { return organisation; }
}

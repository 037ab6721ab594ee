package org.acorn.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Someone's answer to a meeting: coming, or apologies. One per person and meeting; the latest wins. */
@Entity
@Table(name = "meeting_response")
public class MeetingResponse {

    public enum Answer {
        ATTENDING("Coming"), APOLOGIES("Apologies");

        private final String label;

        Answer(String label) { this.label = label; }

        public String getLabel() { return label; }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Answer answer;

    @Column(length = 500)
    private String note;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected MeetingResponse() { }

    public MeetingResponse(Long meetingId, Long accountId, Answer answer, String note, Instant now) {
        this.meetingId = meetingId;
        this.accountId = accountId;
        change(answer, note, now);
    }

    public void change(Answer answer, String note, Instant now) {
        this.answer = answer;
        this.note = note;
        this.answeredAt = now;
    }

    public Long getId() { return id; }
    public Long getMeetingId() { return meetingId; }
    public Long getAccountId() { return accountId; }
    public Answer getAnswer() { return answer; }
    public String getNote() { return note; }
}

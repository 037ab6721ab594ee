package org.acorn.consortium.opportunity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A clarification question about an opportunity and the officers' answer. Answers are published to every member
 * (the asker is not named to others, as in a commissioner's clarification log).
 */
@Entity
@Table(name = "consortium_question")
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "opportunity_id", nullable = false)
    private Long opportunityId;

    @Column(nullable = false, length = 2000)
    private String question;

    @Column(name = "asked_by_org")
    private Long askedByOrg;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    @Column(length = 4000)
    private String answer;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    private Long withdrawnBy;

    @Column(name = "withdrawn_reason", length = 1000)
    private String withdrawnReason;

    protected Question() { }

    public Question(Long opportunityId, String question, Long askedByOrg, Instant at) {
        this.opportunityId = opportunityId;
        this.question = question;
        this.askedByOrg = askedByOrg;
        this.askedAt = at;
    }

    public void answer(String answer, Instant at) {
        this.answer = answer;
        this.answeredAt = at;
    }

    /** Taken off the page (kept, with who and why, for the record). */
    public void withdraw(Long by, String reason, Instant at) {
        this.withdrawnBy = by;
        this.withdrawnReason = reason;
        this.withdrawnAt = at;
    }

    public boolean isWithdrawn() { return withdrawnAt != null; }
    public Instant getWithdrawnAt() { return withdrawnAt; }
    public String getWithdrawnReason() { return withdrawnReason; }
    public Long getId() { return id; }
    public Long getOpportunityId() { return opportunityId; }
    public String getQuestion() { return question; }
    public Long getAskedByOrg() { return askedByOrg; }
    public Instant getAskedAt() { return askedAt; }
    public String getAnswer() { return answer; }
    public Instant getAnsweredAt() { return answeredAt; }
    public boolean isAnswered() { return answeredAt != null; }
}

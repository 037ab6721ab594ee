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

/** An organisation's latest answer to one safeguarding self-assessment question. */
@Entity
@Table(name = "readiness_answer")
public class AssessmentAnswer {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Column(name = "organisation_id", nullable = false, updatable = false) private Long organisationId;
    @Enumerated(EnumType.STRING) @Column(nullable = false, length = 40, updatable = false) private SafeguardingQuestion question;
    @Enumerated(EnumType.STRING) @Column(nullable = false, length = 10) private SafeguardingQuestion.Answer answer;
    @Column(name = "answered_by") private Long answeredBy;
    @Column(name = "answered_at", nullable = false) private Instant answeredAt;

    protected AssessmentAnswer() { }

    AssessmentAnswer(Long organisationId, SafeguardingQuestion question) {
        this.organisationId = organisationId;
        this.question = question;
    }

    void answer(SafeguardingQuestion.Answer answer, Long by, Instant at) {
        this.answer = answer;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    public Long getId() { return id; }
    public SafeguardingQuestion getQuestion() { return question; }
    public SafeguardingQuestion.Answer getAnswer() { return answer; }
    public Instant getAnsweredAt() { return answeredAt; }
}

package org.acorn.training.accreditation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An assessor's sign-off of one module for one volunteer, with what the evidence was. */
@Entity
@Table(name = "accreditation_credit")
public class Credit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "enrolment_id", nullable = false)
    private Long enrolmentId;

    @Column(name = "module_id", nullable = false)
    private Long moduleId;

    @Column(nullable = false, length = 1000)
    private String evidence;

    @Column(name = "assessor_id", nullable = false)
    private Long assessorId;

    @Column(name = "credited_at", nullable = false)
    private Instant creditedAt;

    protected Credit() { }

    public Credit(Long enrolmentId, Long moduleId, String evidence, Long assessorId, Instant now) {
        this.enrolmentId = enrolmentId;
        this.moduleId = moduleId;
        this.evidence = evidence;
        this.assessorId = assessorId;
        this.creditedAt = now;
    }

    public Long getId() { return id; }
    public Long getEnrolmentId() { return enrolmentId; }
    public Long getModuleId() { return moduleId; }
    public String getEvidence() { return evidence; }
    public Long getAssessorId() { return assessorId; }
    public Instant getCreditedAt() { return creditedAt; }
}

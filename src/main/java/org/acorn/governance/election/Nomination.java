package org.acorn.governance.election;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A member organisation's candidate in a contest, with their statement. It stands once another eligible
 * organisation seconds it; one nomination per organisation per contest.
 */
@Entity
@Table(name = "nomination")
public class Nomination {

    public enum Status {
        AWAITING_SECONDER("Waiting for the seconder"), VALID("Standing"), WITHDRAWN("Withdrawn");

        private final String label;

        Status(String label) { this.label = label; }

        public String getLabel() { return label; }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contest_id", nullable = false)
    private Long contestId;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "candidate_account_id")
    private Long candidateAccountId;

    @Column(name = "candidate_name", nullable = false, length = 160)
    private String candidateName;

    @Column(nullable = false, length = 3000)
    private String statement;

    @Column(name = "nominated_by")
    private Long nominatedBy;

    @Column(name = "seconder_org_id", nullable = false)
    private Long seconderOrgId;

    @Column(name = "seconded_by")
    private Long secondedBy;

    @Column(name = "seconded_at")
    private Instant secondedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.AWAITING_SECONDER;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "first_preferences")
    private Integer firstPreferences;

    @Column(name = "final_votes", length = 20)
    private String finalVotes;

    @Column(nullable = false)
    private boolean elected;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Nomination() { }

    public Nomination(Long contestId, Long organisationId, Long candidateAccountId, String candidateName, String statement,
               Long nominatedBy, Long seconderOrgId, Instant now) {
        this.contestId = contestId;
        this.organisationId = organisationId;
        this.candidateAccountId = candidateAccountId;
        this.candidateName = candidateName;
        this.statement = statement;
        this.nominatedBy = nominatedBy;
        this.seconderOrgId = seconderOrgId;
        this.createdAt = now;
    }

    public void second(Long by, Instant now) {
        this.status = Status.VALID;
        this.secondedBy = by;
        this.secondedAt = now;
    }

    public void withdraw(Instant now) {
        this.status = Status.WITHDRAWN;
        this.withdrawnAt = now;
    }

    void result(Integer firstPreferences, String finalVotes, boolean elected) {
        this.firstPreferences = firstPreferences;
        this.finalVotes = finalVotes;
        this.elected = elected;
    }

    public boolean isStanding() { return status == Status.VALID; }

    public Long getId() { return id; }
    public Long getContestId() { return contestId; }
    public Long getOrganisationId() { return organisationId; }
    public Long getCandidateAccountId() { return candidateAccountId; }
    public String getCandidateName() { return candidateName; }
    public String getStatement() { return statement; }
    public Long getSeconderOrgId() { return seconderOrgId; }
    public Instant getSecondedAt() { return secondedAt; }
    public Status getStatus() { return status; }
    public Integer getFirstPreferences() { return firstPreferences; }
    public String getFinalVotes() { return finalVotes; }
    public boolean isElected() { return elected; }
}

package org.acorn.governance.election;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * That an organisation voted in a contest (never how). The table's unique key (contest, organisation) is
 * what makes "one vote per organisation" hold when two of its people press the button at the same moment.
 */
@Entity
@Table(name = "voter_record")
public class VoterRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contest_id", nullable = false)
    private Long contestId;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "cast_by")
    private Long castBy;

    @Column(name = "on_paper", nullable = false)
    private boolean onPaper;

    @Column(name = "voted_at", nullable = false)
    private Instant votedAt;

    protected VoterRecord() { }

    public VoterRecord(Long contestId, Long organisationId, Long castBy, boolean onPaper, Instant now) {
        this.contestId = contestId;
        this.organisationId = organisationId;
        this.castBy = castBy;
        this.onPaper = onPaper;
        this.votedAt = now;
    }

    public Long getOrganisationId() { return organisationId; }
    public boolean isOnPaper() { return onPaper; }
    public Instant getVotedAt() { return votedAt; }
}

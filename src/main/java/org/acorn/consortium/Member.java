package org.acorn.consortium;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A network member organisation that opted in to the consortium (where membership is not automatic). */
@Entity(name = "ConsortiumMember")
@Table(name = "consortium_member")
public class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Column(name = "joined_by")
    private Long joinedBy;

    protected Member() { }

    public Member(Long organisationId, Instant at, Long by) {
        this.organisationId = organisationId;
        this.joinedAt = at;
        this.joinedBy = by;
    }

    public Long getId() { return id; }
    public Long getOrganisationId() { return organisationId; }
    public Instant getJoinedAt() { return joinedAt; }
}

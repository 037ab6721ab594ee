package org.acorn.consortium.bid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A member organisation in a bid team, with its role (lead partner, delivery partner for lot 2 …). */
@Entity
@Table(name = "consortium_bid_partner")
public class Partner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "bid_id", nullable = false)
    private Long bidId;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(nullable = false, length = 200)
    private String role;

    protected Partner() { }

    public Partner(Long bidId, Long organisationId, String role) {
        this.bidId = bidId;
        this.organisationId = organisationId;
        this.role = role;
    }

    public void setRole(String role) { this.role = role; }

    public Long getBidId() { return bidId; }
    public Long getOrganisationId() { return organisationId; }
    public String getRole() { return role; }

    public Long getId() { return id; }
}

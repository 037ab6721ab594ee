package org.acorn.governance.body;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One person's term in a seat (or its deputy place). While it runs, {@code currentSlot} holds
 * "seat:place", which the database keeps unique: a seat can never have two current holders, even when two
 * staff appoint at once.
 */
@Entity
@Table(name = "seat_term")
public class SeatTerm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "seat_id", nullable = false)
    private Long seatId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Place place;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "holder_name", nullable = false, length = 160)
    private String holderName;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "filled_by", nullable = false, length = 20)
    private FilledBy filledBy;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_reason", length = 300)
    private String endReason;

    @Column(name = "contest_id")
    private Long contestId;

    @Column(name = "current_slot", length = 40)
    private String currentSlot;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SeatTerm() { }

    public SeatTerm(Long seatId, Place place, String holderName, FilledBy filledBy, LocalDate startsOn,
                    LocalDate endsOn, Instant now) {
        this.seatId = seatId;
        this.place = place;
        this.holderName = holderName;
        this.filledBy = filledBy;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.currentSlot = slot(seatId, place);
        this.createdAt = now;
    }

    public static String slot(Long seatId, Place place) { return seatId + ":" + place.name(); }

    public void end(LocalDate on, String reason) {
        this.endedOn = on;
        this.endReason = reason;
        this.currentSlot = null;
    }

    public boolean isCurrent() { return currentSlot != null; }

    public Long getId() { return id; }
    public Long getSeatId() { return seatId; }
    public Place getPlace() { return place; }
    public Long getAccountId() { return accountId; }
    public void setAccountId(Long accountId) { this.accountId = accountId; }
    public String getHolderName() { return holderName; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public FilledBy getFilledBy() { return filledBy; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public LocalDate getEndedOn() { return endedOn; }
    public String getEndReason() { return endReason; }
    public Long getContestId() { return contestId; }
    public void setContestId(Long contestId) { this.contestId = contestId; }
}

package org.acorn.training.accreditation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.acorn.training.booking.Booking;

/** A volunteer enrolled on a programme by their organisation; once awarded, accredited until {@code validUntil}. */
@Entity
@Table(name = "accreditation_enrolment")
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_id", nullable = false)
    private Long programmeId;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "person_name", nullable = false, length = 160)
    private String personName;

    @Column(name = "person_email", length = 254)
    private String personEmail;

    /** Matches the volunteer's training bookings (same rule as duplicate bookings), so attended courses count. */
    @Column(name = "person_key", nullable = false, length = 300)
    private String personKey;

    @Column(name = "enrolled_by", nullable = false)
    private Long enrolledBy;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "awarded_at")
    private Instant awardedAt;

    @Column(name = "awarded_by")
    private Long awardedBy;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(length = 32)
    private String code;

    protected Enrolment() { }

    public Enrolment(Long programmeId, Long organisationId, String personName, String personEmail, Long enrolledBy, Instant now) {
        this.programmeId = programmeId;
        this.organisationId = organisationId;
        this.personName = personName;
        this.personEmail = personEmail;
        this.personKey = Booking.key(personName, personEmail, organisationId);
        this.enrolledBy = enrolledBy;
        this.enrolledAt = now;
    }

    public void award(Long by, Instant now, LocalDate until, String code) {
        this.awardedBy = by;
        this.awardedAt = now;
        this.validUntil = until;
        if (this.code == null) this.code = code;
    }

    public Long getId() { return id; }
    public Long getProgrammeId() { return programmeId; }
    public Long getOrganisationId() { return organisationId; }
    public String getPersonName() { return personName; }
    public String getPersonEmail() { return personEmail; }
    public String getPersonKey() { return personKey; }
    public Instant getAwardedAt() { return awardedAt; }
    public LocalDate getValidUntil() { return validUntil; }
    public String getCode() { return code; }
}

package org.acorn.training.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A certificate of attendance. What it certifies is copied in when issued, so the check page reads the same
 * even if the course is renamed later. The code is printed on it; it is random (100 bits), not derived from ids.
 */
@Entity
@Table(name = "training_certificate")
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "booking_id", nullable = false)
    private Long bookingId;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(name = "person_name", nullable = false, length = 160)
    private String personName;

    @Column(name = "course_title", nullable = false, length = 200)
    private String courseTitle;

    @Column(name = "attended_on", nullable = false)
    private LocalDate attendedOn;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "expiry_warned_at")
    private Instant expiryWarnedAt;

    protected Certificate() { }

    public Certificate(Long bookingId, String code, String personName, String courseTitle, LocalDate attendedOn,
                       LocalDate validUntil, Instant now) {
        this.bookingId = bookingId;
        this.code = code;
        this.personName = personName;
        this.courseTitle = courseTitle;
        this.attendedOn = attendedOn;
        this.validUntil = validUntil;
        this.issuedAt = now;
    }

    public void revoke(Instant now) { if (revokedAt == null) revokedAt = now; }
    public void reinstate() { revokedAt = null; }

    public boolean isCurrentOn(LocalDate day) { return revokedAt == null && (validUntil == null || !validUntil.isBefore(day)); }

    public Long getId() { return id; }
    public Long getBookingId() { return bookingId; }
    public String getCode() { return code; }
    public String getPersonName() { return personName; }
    public String getCourseTitle() { return courseTitle; }
    public LocalDate getAttendedOn() { return attendedOn; }
    public LocalDate getValidUntil() { return validUntil; }
    public Instant getIssuedAt() { return issuedAt; }
    public Instant getRevokedAt() { return revokedAt; }
    public Instant getExpiryWarnedAt() { return expiryWarnedAt; }
    public void expiryWarned(Instant now) { expiryWarnedAt = now; }
    public boolean isRevoked() { return revokedAt != null; }
}

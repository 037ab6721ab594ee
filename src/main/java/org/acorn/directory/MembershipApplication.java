package org.acorn.directory;

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
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An organisation's application to join. Nothing else exists until the applicant proves the email
 * address (the account is created then, from the password hash kept here) and a co-ordinator decides.
 */
@Entity
@Table(name = "membership_application")
public class MembershipApplication {

    public enum Status { AWAITING_EMAIL, PENDING, APPROVED, DECLINED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_name", nullable = false, length = 200)
    private String organisationName;

    @Column(name = "name_key", nullable = false, length = 200)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "org_type", nullable = false, length = 40)
    private OrganisationType type;

    @Column(name = "charity_number", length = 12)
    private String charityNumber;

    @Column(name = "company_number", length = 10)
    private String companyNumber;

    @Column(name = "county_wide", nullable = false)
    private boolean countyWide;

    /** District ids, comma separated: an application is a snapshot of a form, not a live link. */
    @Column(name = "district_ids", length = 400)
    private String districtIds;

    @Column(name = "contact_name", nullable = false, length = 120)
    private String contactName;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "password_hash", length = 200)
    private String passwordHash;

    @Column(name = "agreed_terms_at", nullable = false)
    private Instant agreedTermsAt;

    @Column(name = "agreed_listing_at", nullable = false)
    private Instant agreedListingAt;

    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "token_expires_at")
    private Instant tokenExpiresAt;

    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.AWAITING_EMAIL;

    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected MembershipApplication() { }

    public MembershipApplication(String organisationName, OrganisationType type, String contactName, String email,
                                 Instant now) {
        this.organisationName = organisationName.trim();
        this.nameKey = Organisation.nameKey(organisationName);
        this.type = type;
        this.contactName = contactName;
        this.email = email;
        this.agreedTermsAt = now;
        this.agreedListingAt = now;
        this.createdAt = now;
    }

    public List<Long> districtIdList() {
        if (districtIds == null || districtIds.isBlank()) return List.of();
        return Arrays.stream(districtIds.split(",")).map(String::trim).map(Long::valueOf).toList();
    }

    public void setDistrictIdList(List<Long> ids) {
        districtIds = ids == null || ids.isEmpty() ? null
                : ids.stream().distinct().map(String::valueOf).collect(Collectors.joining(","));
    }

    public Long getId() { return id; }
    public String getOrganisationName() { return organisationName; }
    public String getNameKey() { return nameKey; }
    public OrganisationType getType() { return type; }
    public String getCharityNumber() { return charityNumber; }
    public void setCharityNumber(String charityNumber) { this.charityNumber = charityNumber; }
    public String getCompanyNumber() { return companyNumber; }
    public void setCompanyNumber(String companyNumber) { this.companyNumber = companyNumber; }
    public boolean isCountyWide() { return countyWide; }
    public void setCountyWide(boolean countyWide) { this.countyWide = countyWide; }
    public String getContactName() { return contactName; }
    public String getEmail() { return email; }
    public String getPasswordHash() { return passwordHash; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public Instant getAgreedTermsAt() { return agreedTermsAt; }
    public Instant getAgreedListingAt() { return agreedListingAt; }
    public String getTokenHash() { return tokenHash; }
    public Instant getTokenExpiresAt() { return tokenExpiresAt; }
    public void setToken(String tokenHash, Instant expiresAt) { this.tokenHash = tokenHash; this.tokenExpiresAt = expiresAt; }
    public Instant getEmailVerifiedAt() { return emailVerifiedAt; }
    public Status getStatus() { return status; }
    public String getDecisionReason() { return decisionReason; }
    public Long getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public Long getOrganisationId() { return organisationId; }
    public Long getAccountId() { return accountId; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }

    /** The applicant proved the address: the link is spent and the password hash is no longer needed. */
    public void emailVerified(Instant now, Long accountId) {
        this.emailVerifiedAt = now;
        this.accountId = accountId;
        this.status = Status.PENDING;
        this.tokenHash = null;
        this.tokenExpiresAt = null;
        this.passwordHash = null;
    }

    public void approve(Long decidedBy, Instant now, Long organisationId) {
        this.status = Status.APPROVED;
        this.decidedBy = decidedBy;
        this.decidedAt = now;
        this.organisationId = organisationId;
    }

    public void decline(Long decidedBy, Instant now, String reason) {
        this.status = Status.DECLINED;
        this.decidedBy = decidedBy;
        this.decidedAt = now;
        this.decisionReason = reason;
    }
}

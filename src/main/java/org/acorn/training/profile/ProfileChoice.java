package org.acorn.training.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Whether an organisation shows its training counts on its public directory profile (off until its admin says so). */
@Entity
@Table(name = "training_profile_counts")
public class ProfileChoice {

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(nullable = false)
    private boolean shown;

    @Column(name = "set_by", nullable = false)
    private Long setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    protected ProfileChoice() { }

    public ProfileChoice(Long organisationId, boolean shown, Long setBy, Instant now) {
        this.organisationId = organisationId;
        set(shown, setBy, now);
    }

    public void set(boolean shown, Long setBy, Instant now) {
        this.shown = shown;
        this.setBy = setBy;
        this.setAt = now;
    }

    public Long getOrganisationId() { return organisationId; }
    public boolean isShown() { return shown; }
}

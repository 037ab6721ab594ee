package org.acorn.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The training feature's settings (defaults in microprofile-config.properties; ACORN_TRAINING_* override). */
@ApplicationScoped
public class TrainingSettings {

    @Inject @ConfigProperty(name = "acorn.training.offer.hours", defaultValue = "48") int offerHours;
    @Inject @ConfigProperty(name = "acorn.training.max.people", defaultValue = "10") int maxPeople;
    @Inject @ConfigProperty(name = "acorn.training.pass.seconds", defaultValue = "300") int passSeconds;
    @Inject @ConfigProperty(name = "acorn.training.expiry.warning.days", defaultValue = "60") int expiryWarningDays;

    /** How long a place offered from the waiting list is held. */
    public Duration offerHold() { return Duration.ofHours(Math.max(1, offerHours)); }
    /** The most people one booking form may name. */
    public int maxPeople() { return Math.max(1, maxPeople); }
    public int passSeconds() { return Math.max(1, passSeconds); }
    /** People are told this many days before their training stops being current. */
    public int expiryWarningDays() { return Math.max(1, expiryWarningDays); }
}

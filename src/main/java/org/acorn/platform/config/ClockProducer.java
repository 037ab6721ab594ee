package org.acorn.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Time comes from an injected Clock so that rules about expiry can be tested. {@code acorn.clock.offset} (an
 * ISO-8601 duration, PT0S by default) runs the whole portal ahead or behind real time: for integration tests
 * and training copies ("13 months later, who is asked to check their listing?"), never for production.
 */
@ApplicationScoped
public class ClockProducer {

    @Inject @ConfigProperty(name = "acorn.clock.offset") String offset;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return offset(offset);
    }

    static Clock offset(String iso) {
        Duration shift = Duration.parse(iso == null || iso.isBlank() ? "PT0S" : iso.strip());
        return shift.isZero() ? Clock.systemUTC() : Clock.offset(Clock.systemUTC(), shift);
    }
}

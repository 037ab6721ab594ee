package org.acorn.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;

/**
 * Time comes from an injected Clock so that rules about expiry can be tested. {@code acorn.clock.offset} (an
 * ISO-8601 duration, PT0S by default) runs the whole portal ahead or behind real time: for integration tests
 * and training copies ("13 months later, who is asked to check their listing?"), never for production.
 */
@ApplicationScoped
public class ClockProducer {

    @Inject Settings settings;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return offset(settings.clockOffset());
    }

    static Clock offset(Duration shift) {
        return shift.isZero() ? Clock.systemUTC() : Clock.offset(Clock.systemUTC(), shift);
    }
}

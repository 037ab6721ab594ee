package org.acorn.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Test-only: the portal's clock, moved forward by a test while a deployment runs (see {@link ClockServlet}), so
 * schedules (offers lapsing, the day-before reminder) can be driven without waiting. Added to a test's WAR only
 * by {@link AcornDeployment#withShiftableClock}; production uses the platform's ClockProducer (acorn.clock.offset).
 */
@ApplicationScoped
@Alternative
@Priority(100)
public class ShiftedClock extends Clock {

    /** Static: one deployment per JVM class loader, and the servlet and every injection point must agree. */
    private static volatile Duration shift = Duration.ZERO;

    static void shift(Duration d) { shift = d; }

    static Duration shift() { return shift; }

    @Override public ZoneId getZone() { return ZoneOffset.UTC; }

    @Override public Clock withZone(ZoneId zone) { return Clock.offset(Clock.system(zone), shift); }

    @Override public Instant instant() { return Instant.now().plus(shift); }

    @Override public long millis() { return instant().toEpochMilli(); }
}

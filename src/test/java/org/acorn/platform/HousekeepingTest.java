package org.acorn.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.acorn.platform.account.ExpiredTokens;
import org.acorn.platform.config.Settings;
import org.acorn.platform.outbox.OutboxStore;
import org.acorn.platform.security.Throttle;
import org.junit.jupiter.api.Test;

class HousekeepingTest {

    static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    final List<String> calls = new ArrayList<>();

    @Test
    void throttleRowsOlderThanADayAndTokensOlderThanAWeekGo() {
        Housekeeping h = housekeeping(false);
        h.runOnce();
        assertThat(calls).containsExactly("throttle before 2026-03-09T12:00:00Z",
                "tokens created before 2026-03-03T12:00:00Z, unusable at 2026-03-10T12:00:00Z",
                "index events before 2026-03-07T12:00:00Z");
    }

    @Test
    void aFailingStepDoesNotStopTheOtherOrTheSchedule() {
        Housekeeping h = housekeeping(true);
        h.runOnce(); // must not throw: an exception would cancel the hourly schedule
        assertThat(calls).containsExactly("throttle failed", "tokens created before 2026-03-03T12:00:00Z, unusable at 2026-03-10T12:00:00Z",
                "index events before 2026-03-07T12:00:00Z");
    }

    private Housekeeping housekeeping(boolean throttleFails) {
        Housekeeping h = new Housekeeping();
        h.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        h.throttle = new Throttle() {
            @Override
            public int purgeBefore(Instant cutoff) {
                if (throttleFails) {
                    calls.add("throttle failed");
                    throw new IllegalStateException("deadlock");
                }
                calls.add("throttle before " + cutoff);
                return 3;
            }
        };
        h.tokens = new ExpiredTokens() {
            @Override
            public int purge(Instant createdBefore, Instant now) {
                calls.add("tokens created before " + createdBefore + ", unusable at " + now);
                return 1;
            }
        };
        h.settings = new Settings() {
            @Override
            public Duration searchEventsKept() { return Duration.ofDays(3); }
        };
        h.outbox = new OutboxStore() {
            @Override
            public int pruneFollowed(Instant before) {
                calls.add("index events before " + before);
                return 2;
            }
        };
        return h;
    }
}

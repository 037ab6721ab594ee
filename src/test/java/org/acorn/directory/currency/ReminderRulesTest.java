package org.acorn.directory.currency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.acorn.directory.Freshness;
import org.acorn.directory.currency.ReminderRules.Action;
import org.acorn.directory.currency.ReminderRules.OpenCycle;
import org.junit.jupiter.api.Test;

class ReminderRulesTest {

    static final Instant NOW = Instant.parse("2026-03-15T09:00:00Z");
    final ReminderRules rules = new ReminderRules(new Freshness(12, 18), Duration.ofDays(14));

    @Test
    void aListingIsDueWhenTheProfileOrAnyRunningServiceIsPastTheAskingLimit() {
        Instant fresh = Instant.parse("2025-06-01T00:00:00Z");
        Instant old = Instant.parse("2025-03-15T09:00:00Z"); // exactly 12 months: due
        assertThat(rules.due(fresh, List.of(fresh, fresh), NOW)).isFalse();
        assertThat(rules.due(old, List.of(), NOW)).isTrue();
        assertThat(rules.due(fresh, List.of(fresh, old), NOW)).isTrue();
        assertThat(rules.due(null, List.of(), NOW)).as("never verified").isTrue();
        assertThat(rules.due(fresh, Arrays.asList(fresh, null), NOW)).isTrue();
        assertThat(rules.due(Instant.parse("2025-03-15T09:00:01Z"), List.of(), NOW)).isFalse();
    }

    @Test
    void theFirstReminderOpensACycleOnlyWhenSomeoneCanBeEmailed() {
        assertThat(rules.decide(true, null, true, NOW)).isEqualTo(Action.FIRST);
        assertThat(rules.decide(true, null, false, NOW)).isEqualTo(Action.CALL_OR_LETTER);
        assertThat(rules.decide(false, null, true, NOW)).isEqualTo(Action.NONE);
    }

    @Test
    void oneSecondReminderAfterTheRepeatPeriodThenNothingMore() {
        OpenCycle sentYesterday = new OpenCycle(1, NOW.minus(Duration.ofDays(1)));
        OpenCycle sentFortnightAgo = new OpenCycle(1, NOW.minus(Duration.ofDays(14)));
        OpenCycle sentTwice = new OpenCycle(2, NOW.minus(Duration.ofDays(60)));
        assertThat(rules.decide(true, sentYesterday, true, NOW)).isEqualTo(Action.NONE);
        assertThat(rules.decide(true, sentFortnightAgo, true, NOW)).isEqualTo(Action.SECOND);
        assertThat(rules.decide(true, sentTwice, true, NOW)).isEqualTo(Action.NONE);
        assertThat(rules.decide(true, sentFortnightAgo, false, NOW)).as("admin left since").isEqualTo(Action.NONE);
    }

    @Test
    void aListingCheckedByOtherMeansClosesItsCycle() {
        assertThat(rules.decide(false, new OpenCycle(1, NOW.minus(Duration.ofDays(3))), true, NOW)).isEqualTo(Action.CLOSE);
    }
}

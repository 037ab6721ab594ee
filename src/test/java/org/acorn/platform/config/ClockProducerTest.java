package org.acorn.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class ClockProducerTest {

    @Test
    void noOffsetIsRealTime() {
        Instant before = Instant.now();
        Instant clock = ClockProducer.offset(Duration.ZERO).instant();
        assertThat(Duration.between(before, clock).abs()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void anOffsetRunsThePortalAhead() {
        Instant clock = ClockProducer.offset(Duration.parse("P395D")).instant();
        Duration ahead = Duration.between(Instant.now(), clock);
        assertThat(ahead).isBetween(Duration.ofDays(395).minusSeconds(5), Duration.ofDays(395).plusSeconds(5));
    }

    @Test
    void aMistypedOffsetStopsStartUpRatherThanRunningAtTheWrongTime() {
        assertThatThrownBy(() -> Duration.parse("13 months")).isInstanceOf(DateTimeParseException.class);
    }
}

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
        Instant clock = ClockProducer.offset("PT0S").instant();
        assertThat(Duration.between(before, clock).abs()).isLessThan(Duration.ofSeconds(5));
        assertThat(Duration.between(before, ClockProducer.offset(" ").instant()).abs()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void anOffsetRunsThePortalAhead() {
        Instant clock = ClockProducer.offset("P395D").instant();
        Duration ahead = Duration.between(Instant.now(), clock);
        assertThat(ahead).isBetween(Duration.ofDays(395).minusSeconds(5), Duration.ofDays(395).plusSeconds(5));
    }

    @Test
    void aMistypedOffsetStopsStartUpRatherThanRunningAtTheWrongTime() {
        assertThatThrownBy(() -> ClockProducer.offset("13 months")).isInstanceOf(DateTimeParseException.class);
    }
}

package org.acorn.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.acorn.directory.Freshness.Status;
import org.junit.jupiter.api.Test;

class FreshnessTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private final Freshness freshness = new Freshness(12, 18);

    @Test
    void aListingIsVerifiedThenDueThenUnverified() {
        assertThat(freshness.of(Instant.parse("2026-01-10T00:00:00Z"), NOW)).isEqualTo(Status.VERIFIED);
        assertThat(freshness.of(Instant.parse("2025-11-23T10:00:01Z"), NOW)).isEqualTo(Status.VERIFIED);
        assertThat(freshness.of(Instant.parse("2025-11-23T10:00:00Z"), NOW)).as("exactly 12 months").isEqualTo(Status.DUE);
        assertThat(freshness.of(Instant.parse("2025-06-01T00:00:00Z"), NOW)).isEqualTo(Status.DUE);
        assertThat(freshness.of(Instant.parse("2025-05-23T10:00:00Z"), NOW)).as("exactly 18 months").isEqualTo(Status.UNVERIFIED);
        assertThat(freshness.of(null, NOW)).as("never verified").isEqualTo(Status.UNVERIFIED);
    }

    @Test
    void limitsMustMakeSense() {
        assertThatThrownBy(() -> new Freshness(0, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Freshness(12, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Freshness(6, 6).of(Instant.parse("2026-05-23T10:00:00Z"), NOW)).isEqualTo(Status.UNVERIFIED);
    }
}

package org.acorn.directory.currency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.acorn.directory.ContactPreference;
import org.acorn.directory.Freshness;
import org.junit.jupiter.api.Test;

class StaleFilterTest {

    static StaleRow row(Freshness.Status status, boolean countyWide, Long... districts) {
        return new StaleRow(StaleRow.SERVICE, 1L, "Stay and Play", 2L, "Hill Playgroup", countyWide, List.of(districts),
                "", status, Instant.EPOCH, 0, null, ContactPreference.EMAIL, false);
    }

    @Test
    void emptyParametersShowEverything() {
        StaleFilter f = StaleFilter.parse("", null, List.of(1L));
        assertThat(f.valid()).isTrue();
        assertThat(f.accepts(row(Freshness.Status.DUE, false, 1L))).isTrue();
        assertThat(f.accepts(row(Freshness.Status.UNVERIFIED, false))).isTrue();
    }

    @Test
    void filtersByStatusAndDistrictWithCountyWideEverywhere() {
        StaleFilter f = StaleFilter.parse("UNVERIFIED", "2", List.of(1L, 2L));
        assertThat(f.accepts(row(Freshness.Status.UNVERIFIED, false, 2L))).isTrue();
        assertThat(f.accepts(row(Freshness.Status.UNVERIFIED, true))).isTrue();
        assertThat(f.accepts(row(Freshness.Status.UNVERIFIED, false, 1L))).isFalse();
        assertThat(f.accepts(row(Freshness.Status.DUE, false, 2L))).isFalse();
    }

    @Test
    void hostileOrUnknownValuesAreRefusedWithAMessage() {
        StaleFilter f = StaleFilter.parse("<script>", "1' OR 1=1", List.of(1L));
        assertThat(f.valid()).isFalse();
        assertThat(f.errors()).containsKeys("status", "district");
        assertThat(StaleFilter.parse("VERIFIED", "99", List.of(1L)).errors()).containsKeys("status", "district");
        assertThat(StaleFilter.parse(null, "9".repeat(40), List.of(1L)).errors()).containsKey("district");
    }
}

package org.acorn.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AuditQueryTest {

    @Test
    void blankFieldsMeanNoFilter() {
        AuditQuery q = AuditQuery.parse("  ", "", null, " ", null);
        assertThat(q.valid()).isTrue();
        assertThat(q.text()).isNull();
        assertThat(q.action()).isNull();
        assertThat(q.targetType()).isNull();
        assertThat(q.from()).isNull();
        assertThat(q.fromInstant()).isNull();
        assertThat(q.toExclusive()).isNull();
    }

    @Test
    void datesAreWholeUkDaysWithBothEndsIncluded() {
        AuditQuery winter = AuditQuery.parse(null, null, null, "2026-01-10", "2026-01-10");
        assertThat(winter.fromInstant()).isEqualTo(Instant.parse("2026-01-10T00:00:00Z"));
        assertThat(winter.toExclusive()).isEqualTo(Instant.parse("2026-01-11T00:00:00Z"));
        AuditQuery summer = AuditQuery.parse(null, null, null, "2026-07-01", "2026-07-31");
        assertThat(summer.fromInstant()).as("British Summer Time").isEqualTo(Instant.parse("2026-06-30T23:00:00Z"));
        assertThat(summer.toExclusive()).isEqualTo(Instant.parse("2026-07-31T23:00:00Z"));
    }

    @Test
    void badDatesAreReportedPerField() {
        for (String bad : new String[] {"2026-02-30", "2026-13-01", "31/03/2026", "yesterday", "2026-1-5",
                "+12026-01-01", "2026-03-31T10:00", "<script>", "' OR 1=1 --", "x".repeat(5000)}) {
            AuditQuery q = AuditQuery.parse(null, null, null, bad, null);
            assertThat(q.valid()).as(bad).isFalse();
            assertThat(q.errors()).as(bad).containsOnlyKeys("from");
            assertThat(q.errors().get("from")).contains("Enter a real date");
        }
        assertThat(AuditQuery.parse(null, null, null, null, "1999-12-31").errors().get("to")).contains("2000");
        assertThat(AuditQuery.parse(null, null, null, "2024-02-29", null).from()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void theRangeMustNotRunBackwards() {
        AuditQuery q = AuditQuery.parse(null, null, null, "2026-03-02", "2026-03-01");
        assertThat(q.errors()).containsOnlyKeys("to");
        assertThat(q.errors().get("to")).contains("same as or after");
        assertThat(AuditQuery.parse(null, null, null, "2026-03-01", "2026-03-01").valid()).isTrue();
    }

    @Test
    void longTextIsCutAndTrimmed() {
        AuditQuery q = AuditQuery.parse("  " + "é".repeat(5000) + "  ", "a".repeat(100), "t".repeat(100), null, null);
        assertThat(q.valid()).isTrue();
        assertThat(q.text()).hasSize(AuditQuery.MAX_TEXT);
        assertThat(q.action()).hasSize(60);
        assertThat(q.targetType()).hasSize(40);
        assertThat(AuditQuery.parse(" role.granted ", null, null, null, null).text()).isEqualTo("role.granted");
    }
}

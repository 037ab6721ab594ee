package org.acorn.directory.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GapQueryTest {

    @Test
    void defaultsToOutcomesOfRunningServices() {
        GapQuery q = GapQuery.parse(null, null, null);
        assertThat(q.dimension()).isEqualTo(Dimension.ECM);
        assertThat(q.includeClosed()).isFalse();
        assertThat(q.valid()).isTrue();
    }

    @Test
    void expandingAppliesToServiceTypesOnly() {
        assertThat(GapQuery.parse("service_type", "12", "true").expand()).isEqualTo(12L);
        assertThat(GapQuery.parse("service_type", "12", "true").includeClosed()).isTrue();
        assertThat(GapQuery.parse("ecm", "12", null).expand()).isNull();
    }

    @Test
    void hostileParametersGiveMessages() {
        GapQuery q = GapQuery.parse("<script>alert(1)</script>", "1 OR 1=1", "yes");
        assertThat(q.valid()).isFalse();
        assertThat(q.errors()).containsKeys("view", "expand");
        assertThat(q.includeClosed()).isFalse();
    }
}

package org.acorn.directory.gaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acorn.directory.gaps.GapTable.Heading;
import org.acorn.directory.gaps.GapTable.Mark;
import org.acorn.directory.gaps.GapTable.ServiceFacts;
import org.junit.jupiter.api.Test;

class GapTableTest {

    static final Heading NORTH = new Heading(1L, "North");
    static final Heading SOUTH = new Heading(2L, "South");
    static final Heading HEALTHY = new Heading(10L, "1 Be healthy");
    static final Heading SAFE = new Heading(20L, "2 Stay safe");

    @Test
    void countsEachServiceOncePerDistrictAndHeadingWithCountyWideInEveryDistrict() {
        List<ServiceFacts> services = List.of(
                new ServiceFacts(100L, false, Set.of(1L), Set.of(10L, 20L)),
                new ServiceFacts(101L, false, Set.of(1L, 2L), Set.of(10L)),
                new ServiceFacts(102L, true, Set.of(), Set.of(10L)),
                new ServiceFacts(103L, false, Set.of(2L), Set.of()));
        GapTable t = GapTable.count(List.of(NORTH, SOUTH), List.of(HEALTHY, SAFE), services, 0, 3);
        assertThat(t.cell(1L, 10L).serviceIds()).containsExactly(100L, 101L, 102L);
        assertThat(t.cell(1L, 10L).mark()).isEqualTo(Mark.OVERLAP);
        assertThat(t.cell(2L, 10L).count()).isEqualTo(2);
        assertThat(t.cell(2L, 10L).mark()).isEqualTo(Mark.NONE);
        assertThat(t.cell(1L, 20L).count()).isEqualTo(1);
        assertThat(t.cell(2L, 20L).count()).isZero();
        assertThat(t.cell(2L, 20L).mark()).isEqualTo(Mark.GAP);
        assertThat(t.gapsByArea()).isEqualTo(Map.of("North", 0L, "South", 1L));
        assertThat(t.getRows().get(0).getOverlaps()).isEqualTo(1);
    }

    @Test
    void thresholdsAreInclusive() {
        List<ServiceFacts> two = List.of(new ServiceFacts(1L, false, Set.of(1L), Set.of(10L)),
                new ServiceFacts(2L, false, Set.of(1L), Set.of(10L)));
        assertThat(GapTable.count(List.of(NORTH), List.of(HEALTHY), two, 2, 5).cell(1L, 10L).mark()).isEqualTo(Mark.GAP);
        assertThat(GapTable.count(List.of(NORTH), List.of(HEALTHY), two, 1, 2).cell(1L, 10L).mark()).isEqualTo(Mark.OVERLAP);
        assertThat(GapTable.count(List.of(NORTH), List.of(HEALTHY), two, 1, 3).cell(1L, 10L).mark()).isEqualTo(Mark.NONE);
    }

    @Test
    void aNetworkWithoutDistrictsCountsEverythingInItsWholeArea() {
        Heading whole = new Heading(GapTable.WHOLE_AREA, "Whole area");
        GapTable t = GapTable.count(List.of(whole), List.of(HEALTHY),
                List.of(new ServiceFacts(1L, false, Set.of(), Set.of(10L))), 0, 2);
        assertThat(t.cell(GapTable.WHOLE_AREA, 10L).count()).isEqualTo(1);
    }

    @Test
    void refusesThresholdsThatWouldMarkACellBothWays() {
        assertThatThrownBy(() -> GapTable.count(List.of(), List.of(), List.of(), 3, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GapTable.count(List.of(), List.of(), List.of(), -1, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void subTypesRollUpToTheColumnShown() {
        Map<Long, Long> parents = Map.of(1L, -1L, 11L, 1L, 111L, 11L, 2L, -1L);
        assertThat(GapReport.columnOf(111L, parents, Set.of(1L, 2L))).isEqualTo(1L);
        assertThat(GapReport.columnOf(111L, parents, Set.of(11L))).isEqualTo(11L);
        assertThat(GapReport.columnOf(2L, parents, Set.of(11L))).isNull();
    }

    @Test
    void theChartScalesBarsToTheAreaWithMostGaps() {
        List<ServiceFacts> services = List.of(new ServiceFacts(1L, false, Set.of(1L), Set.of(10L, 20L)));
        GapTable t = GapTable.count(List.of(NORTH, SOUTH), List.of(HEALTHY, SAFE), services, 0, 5);
        List<GapChart.Bar> bars = GapChart.bars(t);
        assertThat(bars).extracting(GapChart.Bar::gaps).containsExactly(0L, 2L);
        assertThat(bars.get(1).width()).isEqualTo(GapChart.BAR_SPACE);
        assertThat(bars.get(0).width()).isZero();
        assertThat(bars.get(1).y()).isGreaterThan(bars.get(0).y());
    }
}

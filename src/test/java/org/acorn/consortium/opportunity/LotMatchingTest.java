package org.acorn.consortium.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which posted lot each line of an officer's edit changes (and so which lots would be removed). */
class LotMatchingTest {

    private final Lot groups = new Lot(1L, 1, "Parenting groups", null, 3_000_000L, 50);
    private final Lot visits = new Lot(1L, 2, "One-to-one", null, 2_000_000L, null);
    private final Lot spare = new Lot(1L, 3, "Spare lot", null, 100_000L, null);
    private final List<Lot> lots = List.of(groups, visits, spare);

    private static LotLines.Line line(String title) { return new LotLines.Line(title, null, null); }

    @Test
    void aLineKeepsTheLotOfTheSameTitleWhereverItIs() {
        assertThat(Opportunities.matchLots(lots, List.of(line("one-to-one"), line("Parenting groups"))))
                .containsExactly(visits, groups);
    }

    @Test
    void aRenamedLineChangesTheLotInItsPlaceUnlessAnotherLineNamesThatLot() {
        assertThat(Opportunities.matchLots(lots, List.of(line("Parenting and family groups"), line("One-to-one"), line("Spare lot"))))
                .containsExactly(groups, visits, spare);
        // dropping the first line must not shift its lot's interests onto "One-to-one"
        assertThat(Opportunities.matchLots(lots, List.of(line("One-to-one")))).containsExactly(visits);
        assertThat(Opportunities.matchLots(lots, List.of(line("Spare lot"), line("New lot")))).containsExactly(spare, visits);
    }

    @Test
    void extraLinesAreNewLotsAndATitleTypedTwiceKeepsTheLotOnce() {
        assertThat(Opportunities.matchLots(lots, List.of(line("Parenting groups"), line("Parenting groups"), line("Spare lot"), line("Fourth"))))
                .containsExactly(groups, visits, spare, null);
        assertThat(Opportunities.matchLots(List.of(), List.of(line("Only")))).containsExactly((Lot) null);
    }
}

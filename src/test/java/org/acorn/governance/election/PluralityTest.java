package org.acorn.governance.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PluralityTest {

    static List<Set<Long>> times(int n, Long... marks) {
        return Collections.nCopies(n, Set.of(marks));
    }

    @Test
    void mostVotesWinsASinglePlace() {
        CountResult r = Plurality.count(List.of(1L, 2L, 3L), concat(times(5, 1L), times(7, 2L), times(2, 3L)), 1,
                Map.of(1L, "Ann", 2L, "Ben", 3L, "Cy"), new Random(1));
        assertThat(r.elected()).containsExactly(2L);
        assertThat(r.finalVotes()).containsEntry(2L, "7").containsEntry(1L, "5");
        assertThat(r.report()).contains("14 valid ballots", "Ben: 7", "Elected: Ben");
    }

    @Test
    void blockVoteFillsSeveralPlacesAndRefusesOvervotes() {
        CountResult r = Plurality.count(List.of(1L, 2L, 3L, 4L),
                concat(times(4, 1L, 2L), times(3, 2L, 3L), times(2, 4L), times(5, 1L, 2L, 3L)), 2, Map.of(), new Random(1));
        // the 5 ballots marking three candidates for two places are not valid
        assertThat(r.report()).contains("9 valid ballots");
        assertThat(r.elected()).containsExactlyInAnyOrder(2L, 1L);
    }

    @Test
    void aTieForTheLastPlaceIsDrawnByLotAndSaidSo() {
        List<Long> winners = new ArrayList<>();
        Random lots = new Random(42);
        for (int draw = 0; draw < 20; draw++) {
            CountResult r = Plurality.count(List.of(1L, 2L, 3L), concat(times(5, 1L), times(3, 2L), times(3, 3L)), 2,
                    Map.of(1L, "Ann", 2L, "Ben", 3L, "Cy"), lots);
            assertThat(r.elected()).hasSize(2).contains(1L);
            assertThat(r.report()).contains("Tie at 3 votes between Ben, Cy for 1 place: decided by lot");
            winners.add(r.elected().get(1));
        }
        assertThat(winners).contains(2L, 3L); // the lot really is a lot
    }

    @Test
    void fewerCandidatesThanPlacesAreAllElected() {
        CountResult r = Plurality.count(List.of(1L), List.of(), 2, Map.of(), new Random(1));
        assertThat(r.elected()).containsExactly(1L);
    }

    @SafeVarargs
    static List<Set<Long>> concat(List<Set<Long>>... parts) {
        List<Set<Long>> all = new ArrayList<>();
        for (List<Set<Long>> p : parts) all.addAll(p);
        return all;
    }
}

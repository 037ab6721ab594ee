package org.acorn.governance.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** STV counts checked against published worked examples, and the tie rules. */
class StvTest {

    static List<List<Long>> times(int n, Long... prefs) {
        return Collections.nCopies(n, List.of(prefs));
    }

    @SafeVarargs
    static List<List<Long>> ballots(List<List<Long>>... groups) {
        List<List<Long>> all = new ArrayList<>();
        for (List<List<Long>> g : groups) all.addAll(g);
        Collections.shuffle(all, new Random(1)); // the order ballots are counted in must not matter
        return all;
    }

    /**
     * Wikipedia, "Single transferable vote", the worked example of choosing three foods for a party: 20 voters,
     * Droop quota 6. Chocolate is elected with 12 and its surplus of 6 passes on at half value (4 to
     * Strawberry, 2 to Sweets); Pear is excluded and Orange reaches the quota; Sweets is excluded and
     * Strawberry takes the last place. Elected: Chocolate, Orange, Strawberry.
     */
    @Test
    void wikipediaFoodElection() {
        long orange = 1, pear = 2, chocolate = 3, strawberry = 4, sweets = 5;
        Map<Long, String> names = Map.of(orange, "Orange", pear, "Pear", chocolate, "Chocolate", strawberry, "Strawberry",
                sweets, "Sweets");
        CountResult r = Stv.count(List.of(orange, pear, chocolate, strawberry, sweets), ballots(
                times(4, orange), times(2, pear, orange), times(8, chocolate, strawberry), times(4, chocolate, sweets),
                times(1, strawberry), times(1, sweets)), 3, names, new Random(7));
        assertThat(r.elected()).containsExactly(chocolate, orange, strawberry);
        assertThat(r.firstPreferences()).containsEntry(chocolate, 12).containsEntry(orange, 4).containsEntry(pear, 2);
        assertThat(r.report()).contains("quota 6.", "Chocolate reaches the quota", "Surplus of Chocolate (6) transferred",
                "Strawberry 5; Sweets 3", "Pear has fewest votes and is excluded", "Orange reaches the quota",
                "Sweets has fewest votes and is excluded");
        assertThat(r.finalVotes()).containsEntry(strawberry, "5");
    }

    /**
     * Wikipedia, "CPO-STV", the example election for three places (100 voters): under traditional STV Carter is
     * elected first and his surplus goes to Brad; Delilah is then excluded, her ballots electing Andrea and
     * Scott. Elected: Carter, Andrea, Scott (Delilah does not win under traditional STV).
     */
    @Test
    void wikipediaCpoStvExampleUnderTraditionalStv() {
        long andrea = 1, brad = 2, carter = 3, delilah = 4, scott = 5;
        Map<Long, String> names = Map.of(andrea, "Andrea", brad, "Brad", carter, "Carter", delilah, "Delilah", scott, "Scott");
        CountResult r = Stv.count(List.of(andrea, brad, carter, delilah, scott), ballots(
                times(25, andrea), times(34, carter, brad, delilah), times(7, brad, delilah), times(8, delilah, andrea),
                times(5, delilah, scott), times(21, scott, delilah)), 3, names, new Random(7));
        assertThat(r.elected()).containsExactlyInAnyOrder(carter, andrea, scott);
        assertThat(r.elected().get(0)).isEqualTo(carter);
        assertThat(r.report()).contains("quota 26.", "Surplus of Carter (8) transferred", "Delilah has fewest votes");
    }

    @Test
    void oneSeatIsInstantRunoff() {
        // A leads on first preferences but B wins once C's ballots transfer
        CountResult r = Stv.count(List.of(1L, 2L, 3L), ballots(times(8, 1L), times(7, 2L), times(4, 3L, 2L)), 1,
                Map.of(), new Random(1));
        assertThat(r.elected()).containsExactly(2L);
    }

    @Test
    void exclusionTieIsBrokenByAnEarlierStage() {
        // stage 1: A 6, B 4, C 3, D 2 (quota 6 for 2 places of 15). A elected exactly: no surplus.
        // D excluded → C 5; stage: B 4, C 5 → B excluded... then C elected. Then check a look-back tie:
        // E and F tie at stage 2 after a transfer but differed at stage 1.
        long a = 1, e = 2, f = 3, g = 4;
        CountResult r = Stv.count(List.of(a, e, f, g), ballots(times(9, a), times(3, e), times(2, f), times(1, g, f),
                times(4, a)), 2, Map.of(a, "A", e, "E", f, "F", g, "G"), new Random(3));
        // quota = 19/3+1 = 7; A 13 elected, surplus 6 is non-transferable; G excluded → F 3 ties E 3;
        // at stage 1 F had 2 and E 3, so F goes out and E takes the second place
        assertThat(r.elected()).containsExactly(a, e);
        assertThat(r.report()).contains("broken by the votes at stage");
    }

    @Test
    void aTieAtEveryStageIsDecidedByLotAndReported() {
        CountResult r = Stv.count(List.of(1L, 2L), ballots(times(3, 1L), times(3, 2L)), 1, Map.of(1L, "X", 2L, "Y"),
                new Random(5));
        assertThat(r.elected()).hasSize(1);
        assertThat(r.report()).contains("Tie between X, Y decided by lot");
    }

    @Test
    void ballotsForUnknownCandidatesAreIgnoredAndEmptyOnesAreNotValid() {
        CountResult r = Stv.count(List.of(1L, 2L), List.of(List.of(99L), List.of(1L), List.of(2L, 1L), List.of(1L)), 1,
                Map.of(), new Random(1));
        assertThat(r.report()).contains("3 valid ballots");
        assertThat(r.elected()).containsExactly(1L);
    }
}

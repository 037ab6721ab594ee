package org.acorn.consortium.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.acorn.consortium.opportunity.OpportunityMatch.Offers;
import org.acorn.consortium.opportunity.OpportunityMatch.Wants;
import org.junit.jupiter.api.Test;

class OpportunityMatchTest {

    // terms: 1 "Be healthy" > 2 "1.1" ; 8 "Stay safe" > 9 "2.1" ; target groups 50 "Fathers", 51 "Young parents"
    static final Map<Long, Long> PARENTS = new HashMap<>(Map.of(2L, 1L, 9L, 8L));
    final OpportunityMatch match = new OpportunityMatch(PARENTS);

    static Wants wants(Set<Long> themes, Set<Long> groups, Set<Long> districts) { return new Wants(themes, groups, districts); }

    @Test
    void aServiceTaggedWithANarrowerTermMeetsTheBroaderTheme() {
        Offers healthy = new Offers(Set.of(2L), Set.of(), true);
        assertThat(match.suits(wants(Set.of(1L), Set.of(), Set.of()), healthy)).isTrue();
        // but not the other way round: a broad tag does not claim the narrow indicator
        assertThat(match.suits(wants(Set.of(2L), Set.of(), Set.of()), new Offers(Set.of(1L), Set.of(), true))).isFalse();
        assertThat(match.suits(wants(Set.of(8L), Set.of(), Set.of()), healthy)).isFalse();
    }

    @Test
    void everyNamedDimensionMustBeMet() {
        Offers fathersHealth = new Offers(Set.of(2L, 50L), Set.of(7L), false);
        assertThat(match.suits(wants(Set.of(1L), Set.of(50L), Set.of(7L)), fathersHealth)).isTrue();
        assertThat(match.suits(wants(Set.of(1L), Set.of(51L), Set.of(7L)), fathersHealth)).as("wrong target group").isFalse();
        assertThat(match.suits(wants(Set.of(1L), Set.of(50L), Set.of(6L)), fathersHealth)).as("wrong district").isFalse();
        assertThat(match.suits(wants(Set.of(1L, 8L), Set.of(50L, 51L), Set.of(6L, 7L)), fathersHealth)).as("any one of each").isTrue();
    }

    @Test
    void membersWorkingEverywhereMeetAnyDistrictAndAnOpportunityNamingNothingSuitsEveryone() {
        assertThat(match.suits(wants(Set.of(), Set.of(), Set.of(3L)), new Offers(Set.of(), Set.of(), true))).isTrue();
        assertThat(match.suits(wants(Set.of(), Set.of(), Set.of()), new Offers(Set.of(), Set.of(4L), false))).isTrue();
        assertThat(match.suits(wants(Set.of(1L), Set.of(), Set.of()), new Offers(Set.of(), Set.of(), true))).as("no services, no theme").isFalse();
    }

    @Test
    void aCycleInTheTermTreeDoesNotHang() {
        Map<Long, Long> loop = Map.of(1L, 2L, 2L, 1L);
        OpportunityMatch m = new OpportunityMatch(loop);
        assertThat(m.withAncestors(Set.of(1L))).containsExactlyInAnyOrder(1L, 2L);
        assertThat(m.suits(wants(Set.of(2L), Set.of(), Set.of()), new Offers(Set.of(1L), Set.of(), true))).isTrue();
    }
}

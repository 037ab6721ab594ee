package org.acorn.consortium.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.acorn.consortium.allocation.AllocationArithmetic.Share;
import org.junit.jupiter.api.Test;

class AllocationArithmeticTest {

    /** £100,000 contract: lot 1 worth £60,000, lot 2 with no value of its own. */
    final AllocationArithmetic sums = new AllocationArithmetic(10_000_000L, Map.of(1L, 6_000_000L));
    final List<Share> current = List.of(new Share(10L, 1L, 4_000_000L), new Share(11L, 2L, 3_000_000L));

    @Test
    void totalsAndWhatIsLeftAreExactInPence() {
        assertThat(sums.allocated(current)).isEqualTo(7_000_000L);
        assertThat(sums.remaining(current)).isEqualTo(3_000_000L);
        assertThat(sums.allocatedInLot(current, 1L)).isEqualTo(4_000_000L);
        // a penny at a time adds up exactly: no floating point anywhere
        List<Share> pennies = java.util.stream.LongStream.range(0, 1000).mapToObj(i -> new Share(i, 2L, 1L)).toList();
        assertThat(sums.allocated(pennies)).isEqualTo(1000L);
    }

    @Test
    void anAllocationUpToTheContractValueIsAcceptedAndOnePennyMoreIsRefused() {
        assertThat(sums.refusal(current, new Share(null, 2L, 3_000_000L))).isEmpty();
        assertThat(sums.refusal(current, new Share(null, 2L, 3_000_001L))).get().asString()
                .contains("£100,000.01 of a contract worth £100,000").contains("£0.01 too much").contains("£30,000 is left");
    }

    @Test
    void aLotWithItsOwnValueCannotBeOverAllocatedEvenWhenTheContractHasRoom() {
        assertThat(sums.refusal(current, new Share(null, 1L, 2_000_000L))).isEmpty();
        assertThat(sums.refusal(current, new Share(null, 1L, 2_000_100L))).get().asString()
                .contains("of a lot worth £60,000").contains("£1 too much");
    }

    @Test
    void changingAnAllocationReplacesItsOldValueRatherThanAddingToIt() {
        // allocation 10 goes from £40,000 to £60,000: lot 1 is then exactly full, the contract has £10,000 left
        assertThat(sums.refusal(current, new Share(10L, 1L, 6_000_000L))).isEmpty();
        assertThat(sums.refusal(current, new Share(10L, 1L, 6_000_001L))).isPresent();
        // moving allocation 11 from lot 2 into lot 1 counts it in lot 1 only
        assertThat(sums.refusal(current, new Share(11L, 1L, 2_000_000L))).isEmpty();
        assertThat(sums.refusal(current, new Share(11L, 1L, 2_500_000L))).isPresent();
    }

    @Test
    void negativeValuesAreRefused() {
        assertThat(sums.refusal(current, new Share(null, 2L, -1L))).isPresent();
        assertThat(AllocationArithmetic.paymentRefusal(100, 0, -1)).isPresent();
    }

    @Test
    void paymentsToDateMayReachTheAllocationButNotPassIt() {
        assertThat(AllocationArithmetic.paymentRefusal(1_200_000L, 1_000_000L, 200_000L)).isEmpty();
        assertThat(AllocationArithmetic.paymentRefusal(1_200_000L, 1_000_000L, 200_001L)).get().asString()
                .contains("£12,000.01").contains("more than the allocation of £12,000");
    }
}

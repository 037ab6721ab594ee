package org.acorn.consortium.allocation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acorn.consortium.opportunity.Money;

/**
 * The sums behind an allocation, pure so they are unit-tested: what is allocated, what is left, and whether a new or
 * changed allocation would take the contract (or one of its lots, when the lot has its own value) past its value.
 * All amounts are whole pence, so nothing is lost to rounding.
 */
public final class AllocationArithmetic {

    /** One allocation as the sums see it; {@code id} null for one not saved yet. */
    public record Share(Long id, Long lotId, long valuePence) { }

    private final long contractPence;
    private final Map<Long, Long> lotPence;

    /** @param lotPence the value of each lot that has one (lots without a value are limited by the contract only) */
    public AllocationArithmetic(long contractPence, Map<Long, Long> lotPence) {
        this.contractPence = contractPence;
        this.lotPence = lotPence;
    }

    public long allocated(List<Share> shares) {
        return shares.stream().mapToLong(Share::valuePence).sum();
    }

    public long remaining(List<Share> shares) {
        return contractPence - allocated(shares);
    }

    public long allocatedInLot(List<Share> shares, Long lotId) {
        return shares.stream().filter(s -> s.lotId().equals(lotId)).mapToLong(Share::valuePence).sum();
    }

    /**
     * Why the proposal cannot be made, or empty when it can. A proposal with the id of an existing share replaces it
     * (a change to an allocation), so its old value is not counted twice.
     */
    public Optional<String> refusal(List<Share> current, Share proposal) {
        if (proposal.valuePence() < 0) return Optional.of("An allocation cannot be worth less than nothing.");
        List<Share> after = new java.util.ArrayList<>(current.stream().filter(s -> proposal.id() == null || !proposal.id().equals(s.id())).toList());
        after.add(proposal);
        long total = allocated(after);
        if (total > contractPence) {
            return Optional.of("That would allocate " + Money.label(total) + " of a contract worth " + Money.label(contractPence) + ": "
                    + Money.label(total - contractPence) + " too much. " + Money.label(Math.max(0, remaining(without(current, proposal))))
                    + " is left to allocate.");
        }
        Long lotValue = lotPence.get(proposal.lotId());
        if (lotValue != null) {
            long inLot = allocatedInLot(after, proposal.lotId());
            if (inLot > lotValue) {
                return Optional.of("That would allocate " + Money.label(inLot) + " of a lot worth " + Money.label(lotValue) + ": "
                        + Money.label(inLot - lotValue) + " too much.");
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a payment may be recorded: payments to date on an allocation, with this one, may not pass its value.
     * {@code earlierPence} excludes the period being (re)recorded.
     */
    public static Optional<String> paymentRefusal(long allocationPence, long earlierPence, long paymentPence) {
        if (paymentPence < 0) return Optional.of("A payment cannot be negative.");
        long total = earlierPence + paymentPence;
        if (total > allocationPence) {
            return Optional.of("Payments would reach " + Money.label(total) + ", more than the allocation of " + Money.label(allocationPence)
                    + ". Change the allocation first if the members agreed more.");
        }
        return Optional.empty();
    }

    private static List<Share> without(List<Share> current, Share proposal) {
        return current.stream().filter(s -> proposal.id() == null || !proposal.id().equals(s.id())).toList();
    }
}

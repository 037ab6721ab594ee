package org.acorn.bulletins;

import java.util.function.LongSupplier;

/**
 * Spaces one node's messages evenly at a rate: each caller is given the next free moment and waits for it. The
 * cluster-wide limit is {@link SendSlots}; this only keeps a node from sending a slot's whole share in a burst.
 */
public final class SendPace {

    private final LongSupplier nanos;
    private long next;

    public SendPace(LongSupplier nanos) {
        this.nanos = nanos;
        this.next = nanos.getAsLong();
    }

    /** How long to wait (nanoseconds) before sending one message at this rate; 0 or less per second means no limit. */
    public synchronized long reserve(double perSecond) {
        if (perSecond <= 0) return 0;
        long now = nanos.getAsLong();
        long gap = (long) (1_000_000_000L / perSecond);
        if (next < now) next = now; // idle time is not saved up into a burst
        long wait = next - now;
        next += gap;
        return wait;
    }
}

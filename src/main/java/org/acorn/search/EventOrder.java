package org.acorn.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which fetched events may be applied now, in order. Outbox ids are handed out when a row is written, not when
 * it commits, so a later id can become visible before an earlier one. A follower that skipped the earlier one
 * would never see it, so it stops at a gap in the ids — unless the next event is older than the settling
 * time, when the gap is a rolled-back transaction (or a pruned row) and will never fill.
 */
final class EventOrder {

    /** Counts the outbox rows (any kind) visible strictly between two ids. */
    @FunctionalInterface
    interface RowCounter {
        long between(long fromExclusive, long toExclusive);
    }

    private EventOrder() { }

    static List<IndexEventLog.Entry> ready(long lastApplied, List<IndexEventLog.Entry> fetched, RowCounter rows,
            Instant settledBefore) {
        List<IndexEventLog.Entry> out = new ArrayList<>();
        long previous = lastApplied;
        for (IndexEventLog.Entry e : fetched) {
            boolean settled = e.at().isBefore(settledBefore);
            if (!settled && e.sequence() - previous > 1 && rows.between(previous, e.sequence()) < e.sequence() - previous - 1) {
                break; // an earlier row is not visible yet: wait for it
            }
            out.add(e);
            previous = e.sequence();
        }
        return out;
    }
}

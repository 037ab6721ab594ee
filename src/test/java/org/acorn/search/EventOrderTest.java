package org.acorn.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventOrderTest {

    static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    static final Instant SETTLED_BEFORE = NOW.minusSeconds(10);

    static IndexEventLog.Entry recent(long seq) { return new IndexEventLog.Entry(seq, "service/" + seq, NOW.minusSeconds(1)); }

    static IndexEventLog.Entry old(long seq) { return new IndexEventLog.Entry(seq, "service/" + seq, NOW.minusSeconds(60)); }

    /** Rows visible in the outbox (any kind). */
    static EventOrder.RowCounter visible(Set<Long> ids) {
        return (a, b) -> ids.stream().filter(id -> id > a && id < b).count();
    }

    @Test
    void consecutiveEventsAreAllReady() {
        List<IndexEventLog.Entry> ready = EventOrder.ready(4, List.of(recent(5), recent(6), recent(7)), visible(Set.of()), SETTLED_BEFORE);
        assertThat(ready).extracting(IndexEventLog.Entry::sequence).containsExactly(5L, 6L, 7L);
    }

    @Test
    void rowsOfOtherKindsInBetweenAreNoGap() {
        // 6 and 7 are mail rows, committed and visible
        List<IndexEventLog.Entry> ready = EventOrder.ready(5, List.of(recent(8)), visible(Set.of(6L, 7L)), SETTLED_BEFORE);
        assertThat(ready).extracting(IndexEventLog.Entry::sequence).containsExactly(8L);
    }

    @Test
    void aRecentEventAfterAnInvisibleRowWaits() {
        // row 6 is written but not committed yet: applying 7 would skip 6 for good
        List<IndexEventLog.Entry> ready = EventOrder.ready(5, List.of(recent(7)), visible(Set.of()), SETTLED_BEFORE);
        assertThat(ready).isEmpty();
        List<IndexEventLog.Entry> partly = EventOrder.ready(4, List.of(recent(5), recent(7), recent(8)), visible(Set.of(5L)), SETTLED_BEFORE);
        assertThat(partly).extracting(IndexEventLog.Entry::sequence).containsExactly(5L);
    }

    @Test
    void aGapOlderThanTheSettlingTimeIsARollbackAndIsPassed() {
        List<IndexEventLog.Entry> ready = EventOrder.ready(5, List.of(old(9), recent(10)), visible(Set.of()), SETTLED_BEFORE);
        assertThat(ready).extracting(IndexEventLog.Entry::sequence).containsExactly(9L, 10L);
    }

    @Test
    void payloadsAreReadBackOrRefused() {
        assertThat(IndexEvents.key("service/12")).isEqualTo(new DocumentKey("service", "12"));
        assertThat(IndexEvents.key(IndexEvents.payload(new DocumentKey("synonyms", "all")))).isEqualTo(new DocumentKey("synonyms", "all"));
        assertThat(IndexEvents.key("nonsense")).isNull();
        assertThat(IndexEvents.key("/12")).isNull();
        assertThat(IndexEvents.key("service/")).isNull();
        assertThat(IndexEvents.key(null)).isNull();
        assertThat(IndexEvents.key("a:b/1")).isNull();
    }
}

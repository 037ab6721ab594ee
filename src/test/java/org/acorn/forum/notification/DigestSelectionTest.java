package org.acorn.forum.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acorn.forum.Subscription.Mode;
import org.acorn.forum.notification.DigestSelection.Candidate;
import org.junit.jupiter.api.Test;

class DigestSelectionTest {

    static final Instant NOW = Instant.parse("2026-11-23T07:00:00Z");
    static final Instant AFTER = NOW.minus(Duration.ofDays(1));
    static final Long ME = 1L;

    static Candidate post(long id, long topic, long category, long author, Instant at) {
        return new Candidate(id, topic, category, "Topic " + topic, "Category " + category, (int) id, author, "A" + author, at, "…");
    }

    @Test
    void picksPostsInTheCategoriesChosenForThisDigestSinceTheLastOne() {
        List<Candidate> all = List.of(
                post(1, 10, 100, 2, NOW.minus(Duration.ofHours(2))),   // daily category: in
                post(2, 11, 200, 2, NOW.minus(Duration.ofHours(3))),   // weekly category: not in the daily one
                post(3, 12, 300, 2, NOW.minus(Duration.ofHours(3))),   // no subscription
                post(4, 10, 100, 2, NOW.minus(Duration.ofDays(2))),    // before the last digest
                post(5, 10, 100, ME, NOW.minus(Duration.ofHours(1))),  // my own
                post(6, 13, 100, 2, NOW.minus(Duration.ofHours(1))),   // muted topic
                post(7, 14, 100, 2, NOW.minus(Duration.ofHours(1))),   // a topic I may not read (moved to a private area)
                post(8, 10, 100, 3, NOW.plusSeconds(5)));              // after this run
        Map<Long, Mode> modes = Map.of(100L, Mode.DAILY, 200L, Mode.WEEKLY);
        List<Candidate> daily = DigestSelection.select(all, ME, Mode.DAILY, modes, Set.of(13L), AFTER, NOW, c -> c.topicId() != 14L);
        assertThat(daily).extracting(Candidate::postId).containsExactly(1L);
        List<Candidate> weekly = DigestSelection.select(all, ME, Mode.WEEKLY, modes, Set.of(), NOW.minus(Duration.ofDays(7)), NOW, c -> true);
        assertThat(weekly).extracting(Candidate::postId).containsExactly(2L);
    }

    @Test
    void anEmptyChoiceOrEachPostChoiceIsNeverADigest() {
        List<Candidate> all = List.of(post(1, 10, 100, 2, NOW.minus(Duration.ofHours(2))));
        assertThat(DigestSelection.select(all, ME, Mode.DAILY, Map.of(100L, Mode.EACH), Set.of(), AFTER, NOW, c -> true)).isEmpty();
        assertThatThrownBy(() -> DigestSelection.select(all, ME, Mode.EACH, Map.of(), Set.of(), AFTER, NOW, c -> true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDigestHoldsAtMostFiftyPostsGroupedByTopic() {
        List<Candidate> many = new java.util.ArrayList<>();
        for (int i = 0; i < 80; i++) many.add(post(i + 1, 10 + (i % 3), 100, 2, NOW.minus(Duration.ofMinutes(i + 1))));
        List<Candidate> chosen = DigestSelection.select(many, ME, Mode.DAILY, Map.of(100L, Mode.DAILY), Set.of(), AFTER, NOW, c -> true);
        assertThat(chosen).hasSize(DigestSelection.MAX_ITEMS);
        assertThat(chosen).isSortedAccordingTo(java.util.Comparator.comparing(Candidate::topicId).thenComparingInt(Candidate::postNumber));
    }
}

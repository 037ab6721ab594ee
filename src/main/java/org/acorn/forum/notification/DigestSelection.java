package org.acorn.forum.notification;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.acorn.forum.Subscription.Mode;

/**
 * Which posts go into one person's digest: published in a category they chose this digest for, after their last
 * digest, not their own, not in a topic they muted, and only what they may read now. Pure, so that it is tested
 * on its own; the caller reads the candidates and the person's choices.
 */
public final class DigestSelection {

    /** At most this many posts in one digest; the email says where to read the rest. */
    public static final int MAX_ITEMS = 50;

    /** A post that might go into a digest. */
    public record Candidate(Long postId, Long topicId, Long categoryId, String topicTitle, String categoryName,
                            int postNumber, Long authorId, String authorName, Instant createdAt, String excerpt) { }

    private DigestSelection() { }

    public static List<Candidate> select(List<Candidate> candidates, Long accountId, Mode period, Map<Long, Mode> modes,
                                         Set<Long> mutedTopics, Instant after, Instant upTo,
                                         Predicate<Candidate> mayRead) {
        if (period != Mode.DAILY && period != Mode.WEEKLY) throw new IllegalArgumentException("not a digest: " + period);
        return candidates.stream()
                .filter(c -> modes.get(c.categoryId()) == period)
                .filter(c -> c.createdAt().isAfter(after) && !c.createdAt().isAfter(upTo))
                .filter(c -> !c.authorId().equals(accountId))
                .filter(c -> !mutedTopics.contains(c.topicId()))
                .filter(mayRead)
                .sorted(Comparator.comparing(Candidate::categoryName).thenComparing(Candidate::topicId)
                        .thenComparingInt(Candidate::postNumber))
                .limit(MAX_ITEMS)
                .toList();
    }
}

package org.acorn.training.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The waiting list's rules, kept apart from the database so they can be tested alone: first come, first offered;
 * an offer holds the place for a set time, never past the run's booking deadline nor its start.
 */
public final class WaitingList {

    private WaitingList() { }

    /** The next person to offer a freed place to: the longest waiting. */
    public static Optional<Booking> next(List<Booking> bookings) {
        return bookings.stream().filter(b -> b.getStatus() == Booking.Status.WAITING)
                .min(Comparator.comparing(Booking::getCreatedAt).thenComparing(b -> b.getId() == null ? Long.MAX_VALUE : b.getId()));
    }

    /**
     * When an offer made now lapses: {@code hold} from now, cut at the booking deadline (or, when that has passed,
     * an hour before the start). Empty when there is no useful time left to take it up.
     */
    public static Optional<Instant> offerExpiry(Instant now, Duration hold, Instant bookingDeadline, Instant startsAt) {
        Instant cut = bookingDeadline.isAfter(now) ? bookingDeadline : startsAt.minus(Duration.ofHours(1));
        Instant expires = now.plus(hold);
        if (expires.isAfter(cut)) expires = cut;
        return Duration.between(now, expires).compareTo(Duration.ofMinutes(30)) < 0 ? Optional.empty() : Optional.of(expires);
    }

    /** An offer still open at this moment. */
    public static boolean offerOpen(Booking b, Instant now) {
        return b.getStatus() == Booking.Status.OFFERED && b.getOfferExpiresAt() != null && b.getOfferExpiresAt().isAfter(now);
    }
}

package org.acorn.training.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Which reminder a confirmed booking is due now: "week" within seven days, "day" within one, each once. */
public final class Reminders {

    private Reminders() { }

    public static Optional<String> due(Instant startsAt, Instant now, boolean weekSent, boolean daySent) {
        if (!startsAt.isAfter(now)) return Optional.empty();
        Duration left = Duration.between(now, startsAt);
        if (left.compareTo(Duration.ofDays(1)) <= 0) return daySent ? Optional.empty() : Optional.of("day");
        if (left.compareTo(Duration.ofDays(7)) <= 0) return weekSent ? Optional.empty() : Optional.of("week");
        return Optional.empty();
    }
}

package org.acorn.directory.currency;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.acorn.directory.Freshness;

/**
 * What the daily job does for one organisation. A listing is due when the organisation's profile or any of
 * its running (active or reduced) services was last verified before the asking limit, or never; closed
 * services are not listed, so they are not asked about.
 */
public record ReminderRules(Freshness freshness, Duration repeatAfter) {

    public enum Action {
        /** Nothing to do today. */
        NONE,
        /** Open a cycle and email the first reminder. */
        FIRST,
        /** The first reminder went unanswered for {@code repeatAfter}: email once more. */
        SECOND,
        /** Due but nobody to email: staff must phone or write (shown on the stale listings page). */
        CALL_OR_LETTER,
        /** The listing was checked some other way (an editor saved it): close the open cycle. */
        CLOSE
    }

    /** An organisation's open cycle as the rules need it; null when there is none. */
    public record OpenCycle(int remindersSent, Instant lastSentAt) { }

    public boolean due(Instant profileVerified, List<Instant> runningServicesVerified, Instant now) {
        Instant ask = freshness.askBefore(now);
        if (notAfter(profileVerified, ask)) return true;
        return runningServicesVerified.stream().anyMatch(v -> notAfter(v, ask));
    }

    public Action decide(boolean due, OpenCycle open, boolean hasRecipients, Instant now) {
        if (!due) return open == null ? Action.NONE : Action.CLOSE;
        if (!hasRecipients) return open == null ? Action.CALL_OR_LETTER : Action.NONE;
        if (open == null) return Action.FIRST;
        if (open.remindersSent() == 1 && open.lastSentAt() != null
                && !open.lastSentAt().plus(repeatAfter).isAfter(now)) {
            return Action.SECOND;
        }
        return Action.NONE;
    }

    private static boolean notAfter(Instant verified, Instant limit) {
        return verified == null || !verified.isAfter(limit);
    }
}

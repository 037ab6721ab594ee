package org.acorn.readiness;

import java.time.LocalDate;

/** The dates rules, pure so they are unit-tested: when a document counts as expired, and when its owner is reminded. */
public final class ExpiryRule {

    private ExpiryRule() { }

    /** The state shown: the review, unless the date has passed (a document expiring today is still good today). */
    public static ItemState state(ItemState stored, LocalDate expiresOn, LocalDate today) {
        if (stored == null) return ItemState.MISSING;
        if (expiresOn != null && expiresOn.isBefore(today)) return ItemState.EXPIRED;
        return stored;
    }

    /**
     * Whether the "expires soon" reminder is due: within {@code warningDays} of the date, not yet expired, and not
     * already sent for this date (a new document with a new date is reminded afresh).
     */
    public static boolean remindNow(LocalDate expiresOn, LocalDate today, int warningDays, LocalDate remindedFor) {
        if (expiresOn == null || expiresOn.isBefore(today)) return false;
        if (expiresOn.equals(remindedFor)) return false;
        return !expiresOn.isAfter(today.plusDays(warningDays));
    }

    /** Whether the "has expired" notice is due: expired, and not yet told for this date. */
    public static boolean expiredNoticeNow(LocalDate expiresOn, LocalDate today, LocalDate noticeFor) {
        return expiresOn != null && expiresOn.isBefore(today) && !expiresOn.equals(noticeFor);
    }

    /** Expiring within the window (for the staff overview): not expired yet, due within {@code days}. */
    public static boolean expiringSoon(LocalDate expiresOn, LocalDate today, int days) {
        return expiresOn != null && !expiresOn.isBefore(today) && !expiresOn.isAfter(today.plusDays(days));
    }
}

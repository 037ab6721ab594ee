package org.acorn.training.certificate;

import java.time.LocalDate;

/** When training stops being current, and when to say so: pure rules, tested alone. */
public final class Expiry {

    private Expiry() { }

    /** Current up to and including the day before the same date {@code months} later (end-of-month safe). */
    public static LocalDate validUntil(LocalDate attended, int months) {
        if (months < 1) throw new IllegalArgumentException("months must be positive");
        return attended.plusMonths(months).minusDays(1);
    }

    /** Due a reminder: still current today, but lapsing within {@code warningDays}. */
    public static boolean dueWarning(LocalDate validUntil, LocalDate today, int warningDays) {
        return validUntil != null && !validUntil.isBefore(today) && !validUntil.isAfter(today.plusDays(warningDays));
    }
}

package org.acorn.meetings.series;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates a series meets on, and their times on the wall clock in England. Meetings are held at local
 * times ("7pm"), so the UTC instant moves by an hour across the clock changes; the local time never does.
 *
 * @param everyWeeks for {@link Cadence#WEEKLY}: 1 to 12
 * @param weekOfMonth for {@link Cadence#MONTHLY_WEEKDAY}: 1 to 4, or -1 for the last such weekday
 */
public record Recurrence(Cadence cadence, int everyWeeks, int weekOfMonth, DayOfWeek weekday, LocalDate first) {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    public Recurrence {
        if (cadence == null || first == null) throw new IllegalArgumentException("cadence and first date required");
        if (cadence == Cadence.WEEKLY && (everyWeeks < 1 || everyWeeks > 12)) {
            throw new IllegalArgumentException("every 1 to 12 weeks");
        }
        if (cadence == Cadence.MONTHLY_WEEKDAY) {
            if (weekday == null || !(weekOfMonth == -1 || weekOfMonth >= 1 && weekOfMonth <= 4)) {
                throw new IllegalArgumentException("a weekday and its week of the month (1-4 or last)");
            }
        }
    }

    public static Recurrence once(LocalDate on) { return new Recurrence(Cadence.ONE_OFF, 0, 0, null, on); }
    public static Recurrence weekly(int every, LocalDate first) { return new Recurrence(Cadence.WEEKLY, every, 0, null, first); }
    public static Recurrence fortnightly(LocalDate first) { return new Recurrence(Cadence.FORTNIGHTLY, 2, 0, null, first); }
    public static Recurrence monthly(LocalDate first) { return new Recurrence(Cadence.MONTHLY, 0, 0, null, first); }

    /** E.g. the second Tuesday of each month from the month of {@code from}. */
    public static Recurrence monthlyOn(int weekOfMonth, DayOfWeek weekday, LocalDate from) {
        return new Recurrence(Cadence.MONTHLY_WEEKDAY, 0, weekOfMonth, weekday, from);
    }

    /** Up to {@code count} dates on or after {@code from} (and never before the first date), in order. */
    public List<LocalDate> dates(LocalDate from, int count) {
        List<LocalDate> out = new ArrayList<>();
        LocalDate start = from.isBefore(first) ? first : from;
        switch (cadence) {
            case ONE_OFF -> {
                if (!first.isBefore(start) && count > 0) out.add(first);
            }
            case WEEKLY, FORTNIGHTLY -> {
                int step = cadence == Cadence.FORTNIGHTLY ? 2 : everyWeeks;
                long weeks = ChronoUnit.WEEKS.between(first, start);
                LocalDate d = first.plusWeeks(weeks - weeks % step);
                while (d.isBefore(start)) d = d.plusWeeks(step);
                while (out.size() < count) {
                    out.add(d);
                    d = d.plusWeeks(step);
                }
            }
            case MONTHLY -> {
                for (int m = 0; out.size() < count && m < count + 1200; m++) {
                    LocalDate d = first.plusMonths(m); // 31st → last day of shorter months
                    if (!d.isBefore(start)) out.add(d);
                }
            }
            case MONTHLY_WEEKDAY -> {
                LocalDate month = first.withDayOfMonth(1);
                for (int m = 0; out.size() < count && m < count + 1200; m++) {
                    LocalDate d = inMonth(month.plusMonths(m));
                    if (!d.isBefore(start)) out.add(d);
                }
            }
            default -> throw new IllegalStateException(cadence.name());
        }
        return out;
    }

    private LocalDate inMonth(LocalDate firstOfMonth) {
        return weekOfMonth == -1 ? firstOfMonth.with(TemporalAdjusters.lastInMonth(weekday))
                : firstOfMonth.with(TemporalAdjusters.dayOfWeekInMonth(weekOfMonth, weekday));
    }

    /**
     * The meeting's start in England. A time the spring clock change skips (01:30 on the last Sunday in March)
     * becomes the same time an hour later; a time the autumn change repeats is the first (summer time) one.
     */
    public static ZonedDateTime at(LocalDate date, LocalTime time) {
        return ZonedDateTime.ofLocal(LocalDateTime.of(date, time), LONDON, null);
    }

    /** In words, for pages: "Monthly on the second Tuesday". */
    public String describe() {
        return switch (cadence) {
            case ONE_OFF -> "Once, on " + first;
            case WEEKLY -> everyWeeks == 1 ? "Every week" : "Every " + everyWeeks + " weeks";
            case FORTNIGHTLY -> "Every fortnight";
            case MONTHLY -> "Monthly on day " + first.getDayOfMonth();
            case MONTHLY_WEEKDAY -> "Monthly on the " + ordinal(weekOfMonth) + " " + pretty(weekday);
        };
    }

    static String ordinal(int n) {
        return switch (n) { case -1 -> "last"; case 1 -> "first"; case 2 -> "second"; case 3 -> "third"; default -> "fourth"; };
    }

    static String pretty(DayOfWeek d) {
        String s = d.name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

package org.acorn.meetings.series;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * How a series' meetings fall across days and times of day, so organisers can rotate them: people who work
 * days, parents at the school run and weekend volunteers each get some they can reach.
 */
public final class Spread {

    public static final String[] BANDS = {"Morning", "Afternoon", "Evening"};

    private Spread() { }

    /** A row per weekday: counts for morning (before 12), afternoon (12–18) and evening (from 18). */
    public record Row(DayOfWeek day, int[] counts) {
        public String getDay() { return Recurrence.pretty(day); }
        public int getMorning() { return counts[0]; }
        public int getAfternoon() { return counts[1]; }
        public int getEvening() { return counts[2]; }
        public int getTotal() { return counts[0] + counts[1] + counts[2]; }
    }

    public static List<Row> of(List<ZonedDateTime> starts) {
        List<Row> rows = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) rows.add(new Row(d, new int[3]));
        for (ZonedDateTime s : starts) {
            ZonedDateTime local = s.withZoneSameInstant(Recurrence.LONDON);
            int band = local.getHour() < 12 ? 0 : local.getHour() < 18 ? 1 : 2;
            rows.get(local.getDayOfWeek().getValue() - 1).counts()[band]++;
        }
        return rows;
    }
}

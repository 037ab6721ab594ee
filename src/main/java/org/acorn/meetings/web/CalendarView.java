package org.acorn.meetings.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.acorn.meetings.Meeting;
import org.acorn.meetings.Meetings;
import org.acorn.meetings.series.MeetingSeries;
import org.acorn.meetings.series.Recurrence;

/**
 * Backs /meetings/index.xhtml: a month as a grid, or a list of the month's meetings (?view=list), moved by GET
 * links so it works without scripts and prints. Visitors see meetings open to the public; members all.
 */
@Named
@RequestScoped
public class CalendarView {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    @Inject Meetings meetings;

    private String month;
    private String view;
    private String week;
    private LocalDate weekStart;
    private YearMonth shown;
    private List<Meeting> list;

    /** One day cell of the month grid. */
    public record Day(LocalDate date, boolean inMonth, List<Meeting> meetings) {
        public LocalDate getDate() { return date; }
        public int getDayOfMonth() { return date.getDayOfMonth(); }
        public boolean isInMonth() { return inMonth; }
        public List<Meeting> getMeetings() { return meetings; }
    }

    public void load() {
        try {
            shown = month == null || month.isBlank() ? YearMonth.from(meetings.today()) : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            shown = YearMonth.from(meetings.today());
        }
        if (shown.getYear() < 2000 || shown.getYear() > 2100) shown = YearMonth.from(meetings.today());
        if ("week".equals(view)) {
            LocalDate day;
            try {
                day = week == null || week.isBlank() ? meetings.today() : LocalDate.parse(week.strip());
            } catch (DateTimeParseException e) {
                day = meetings.today();
            }
            if (day.getYear() < 2000 || day.getYear() > 2100) day = meetings.today();
            weekStart = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            shown = YearMonth.from(weekStart);
            list = meetings.between(Recurrence.at(weekStart, java.time.LocalTime.MIDNIGHT).toInstant(),
                    Recurrence.at(weekStart.plusDays(7), java.time.LocalTime.MIDNIGHT).toInstant());
            return;
        }
        LocalDate first = shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = shown.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        list = meetings.between(Recurrence.at(first, java.time.LocalTime.MIDNIGHT).toInstant(),
                Recurrence.at(last.plusDays(1), java.time.LocalTime.MIDNIGHT).toInstant());
    }

    public List<List<Day>> getWeeks() {
        List<List<Day>> weeks = new ArrayList<>();
        LocalDate d = shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate end = shown.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        while (!d.isAfter(end)) {
            List<Day> week = new ArrayList<>();
            for (int i = 0; i < 7; i++, d = d.plusDays(1)) {
                LocalDate day = d;
                week.add(new Day(day, YearMonth.from(day).equals(shown), list.stream().filter(m -> m.getMeetsOn().equals(day)).toList()));
            }
            weeks.add(week);
        }
        return weeks;
    }

    public List<Meeting> getMonthMeetings() {
        return list.stream().filter(m -> YearMonth.from(m.getMeetsOn()).equals(shown)).toList();
    }

    /** The week view: seven days from Monday, each with its meetings. */
    public List<Day> getWeekDays() {
        List<Day> out = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate day = weekStart.plusDays(i);
            out.add(new Day(day, true, list.stream().filter(m -> m.getMeetsOn().equals(day)).toList()));
        }
        return out;
    }

    public boolean isWeekView() { return "week".equals(view) && weekStart != null; }
    public String getWeekTitle() { return "Week of " + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(weekStart); }
    public String getPreviousWeek() { return weekStart.minusWeeks(1).toString(); }
    public String getNextWeek() { return weekStart.plusWeeks(1).toString(); }
    public String dayLabel(LocalDate d) { return DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK).format(d); }
    public String getWeek() { return week; }
    public void setWeek(String week) { this.week = week; }

    public List<MeetingSeries> getSeries() { return meetings.allSeries(); }
    public boolean isListView() { return "list".equals(view); }
    public String getTitle() { return MONTH.format(shown); }
    public String getPrevious() { return shown.minusMonths(1).toString(); }
    public String getNext() { return shown.plusMonths(1).toString(); }
    public String getShown() { return shown.toString(); }
    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public String getView() { return view; }
    public void setView(String view) { this.view = view; }
}

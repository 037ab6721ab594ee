package org.acorn.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.acorn.meetings.series.Recurrence;
import org.acorn.meetings.series.Spread;
import org.junit.jupiter.api.Test;

class RecurrenceTest {

    @Test
    void monthlyOnASetWeekdayOfTheMonthIncludingTheLast() {
        List<LocalDate> second = Recurrence.monthlyOn(2, DayOfWeek.TUESDAY, LocalDate.of(2027, 1, 1)).dates(LocalDate.of(2027, 1, 1), 4);
        assertThat(second).containsExactly(LocalDate.of(2027, 1, 12), LocalDate.of(2027, 2, 9), LocalDate.of(2027, 3, 9), LocalDate.of(2027, 4, 13));
        List<LocalDate> last = Recurrence.monthlyOn(-1, DayOfWeek.FRIDAY, LocalDate.of(2027, 1, 1)).dates(LocalDate.of(2027, 2, 1), 2);
        assertThat(last).containsExactly(LocalDate.of(2027, 2, 26), LocalDate.of(2027, 3, 26));
    }

    @Test
    void everyNWeeksFortnightlyMonthlyAndOnceStartFromTheFirstDate() {
        LocalDate first = LocalDate.of(2027, 1, 6);
        assertThat(Recurrence.weekly(3, first).dates(LocalDate.of(2027, 1, 20), 3))
                .containsExactly(LocalDate.of(2027, 1, 27), LocalDate.of(2027, 2, 17), LocalDate.of(2027, 3, 10));
        assertThat(Recurrence.fortnightly(first).dates(LocalDate.of(2026, 1, 1), 2)).containsExactly(first, first.plusWeeks(2));
        assertThat(Recurrence.monthly(LocalDate.of(2027, 1, 31)).dates(LocalDate.of(2027, 1, 1), 3))
                .containsExactly(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31));
        assertThat(Recurrence.once(first).dates(LocalDate.of(2027, 2, 1), 5)).isEmpty();
        assertThat(Recurrence.once(first).dates(LocalDate.of(2027, 1, 1), 5)).containsExactly(first);
    }

    @Test
    void badRulesAreRefused() {
        assertThatThrownBy(() -> Recurrence.weekly(0, LocalDate.of(2027, 1, 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Recurrence.monthlyOn(5, DayOfWeek.MONDAY, LocalDate.of(2027, 1, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSevenPmMeetingStaysAtSevenAcrossBothClockChanges() {
        // clocks go forward on 28 March 2027 and back on 31 October 2027
        Recurrence weekly = Recurrence.weekly(1, LocalDate.of(2027, 3, 24));
        List<ZonedDateTime> starts = weekly.dates(LocalDate.of(2027, 3, 24), 2).stream()
                .map(d -> Recurrence.at(d, LocalTime.of(19, 0))).toList();
        assertThat(starts).allSatisfy(z -> assertThat(z.toLocalTime()).isEqualTo(LocalTime.of(19, 0)));
        assertThat(starts.get(0).toInstant().atOffset(ZoneOffset.UTC).getHour()).isEqualTo(19); // GMT
        assertThat(starts.get(1).toInstant().atOffset(ZoneOffset.UTC).getHour()).isEqualTo(18); // BST
        ZonedDateTime november = Recurrence.at(LocalDate.of(2027, 11, 3), LocalTime.of(19, 0));
        assertThat(november.toInstant().atOffset(ZoneOffset.UTC).getHour()).isEqualTo(19);
    }

    @Test
    void timesTheClockChangeSkipsOrRepeatsAreResolvedPredictably() {
        ZonedDateTime skipped = Recurrence.at(LocalDate.of(2027, 3, 28), LocalTime.of(1, 30));
        assertThat(skipped.toLocalTime()).isEqualTo(LocalTime.of(2, 30));
        ZonedDateTime repeated = Recurrence.at(LocalDate.of(2027, 10, 31), LocalTime.of(1, 30));
        assertThat(repeated.getOffset()).isEqualTo(ZoneOffset.ofHours(1));
    }

    @Test
    void spreadCountsMeetingsByWeekdayAndPartOfDayInLocalTime() {
        List<ZonedDateTime> starts = List.of(Recurrence.at(LocalDate.of(2027, 6, 5), LocalTime.of(10, 0)),
                Recurrence.at(LocalDate.of(2027, 6, 8), LocalTime.of(18, 30)), Recurrence.at(LocalDate.of(2027, 6, 15), LocalTime.of(18, 30)));
        List<Spread.Row> rows = Spread.of(starts);
        assertThat(rows.get(5).getMorning()).isEqualTo(1); // Saturday
        assertThat(rows.get(1).getEvening()).isEqualTo(2); // Tuesday, though 17:30 in UTC
        assertThat(rows.stream().mapToInt(Spread.Row::getTotal).sum()).isEqualTo(3);
    }

    @Test
    void describesItselfInWords() {
        assertThat(Recurrence.monthlyOn(2, DayOfWeek.TUESDAY, LocalDate.of(2027, 1, 1)).describe()).isEqualTo("Monthly on the second Tuesday");
        assertThat(Recurrence.fortnightly(LocalDate.of(2027, 1, 1)).describe()).isEqualTo("Every fortnight");
    }
}

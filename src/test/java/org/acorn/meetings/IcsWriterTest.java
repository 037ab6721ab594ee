package org.acorn.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.acorn.meetings.calendar.IcsWriter;
import org.acorn.meetings.series.Recurrence;
import org.junit.jupiter.api.Test;

class IcsWriterTest {

    static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");

    @Test
    void writesValidCalendarsThatKeepLocalTimesAcrossTheClockChange() throws Exception {
        IcsWriter.Event before = event("a@acorn", 0, LocalDate.of(2027, 3, 23), false);
        IcsWriter.Event after = event("b@acorn", 3, LocalDate.of(2027, 3, 30), true);
        String ics = IcsWriter.calendar("Group, forum; \"meetings\"", List.of(before, after), NOW);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n").contains("TZID:Europe/London")
                .contains("DTSTART;TZID=Europe/London:20270330T190000").contains("X-WR-CALNAME:Group\\, forum\\; \"meetings\"");
        Map<String, IcsCheck.Event> parsed = IcsCheck.parse(ics);
        assertThat(parsed.get("a@acorn").start().toLocalTime()).isEqualTo(LocalTime.of(19, 0));
        assertThat(parsed.get("a@acorn").start().toInstant().atOffset(ZoneOffset.UTC).getHour()).isEqualTo(19);
        assertThat(parsed.get("b@acorn").start().toInstant().atOffset(ZoneOffset.UTC).getHour()).isEqualTo(18);
        assertThat(parsed.get("b@acorn").status()).isEqualTo("CANCELLED");
        assertThat(parsed.get("b@acorn").sequence()).isEqualTo(3);
        assertThat(parsed.get("a@acorn").status()).isEqualTo("CONFIRMED");
    }

    @Test
    void escapesTextAndFoldsLongLinesWithoutSplittingCharacters() throws Exception {
        String title = "Forum: café, crèche; and \\ a very long title that goes on and on — past seventy-five octets — ✓✓✓✓";
        IcsWriter.Event e = new IcsWriter.Event("c@acorn", 1, Recurrence.at(LocalDate.of(2027, 6, 1), LocalTime.of(10, 0)),
                Recurrence.at(LocalDate.of(2027, 6, 1), LocalTime.of(12, 0)), title, "Line one\nLine two", "Hall, 1 High St", null, false, NOW);
        String ics = IcsWriter.calendar("x", List.of(e), NOW);
        for (String line : ics.split("\r\n")) assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        assertThat(ics).contains("DESCRIPTION:Line one\\nLine two");
        assertThat(IcsCheck.parse(ics).get("c@acorn").summary()).isEqualTo(title);
    }

    static IcsWriter.Event event(String uid, int seq, LocalDate on, boolean cancelled) {
        return new IcsWriter.Event(uid, seq, Recurrence.at(on, LocalTime.of(19, 0)), Recurrence.at(on, LocalTime.of(21, 0)),
                "Forum meeting", "Agenda at https://example.org/m", "Community Hall", "https://example.org/m?id=1", cancelled, NOW);
    }
}

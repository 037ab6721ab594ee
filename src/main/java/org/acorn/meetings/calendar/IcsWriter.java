package org.acorn.meetings.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.acorn.meetings.series.Recurrence;

/**
 * Writes iCalendar (RFC 5545) text. Times are local to Europe/London with its VTIMEZONE, so a 7pm meeting stays
 * at 7pm in every calendar across the clock changes. Each meeting keeps its UID for life; SEQUENCE rises with
 * every change (no METHOD: these are published feeds, not iTIP invitations), and a cancelled meeting stays in the feed with STATUS:CANCELLED so calendars remove it.
 */
public final class IcsWriter {

    /** One event as calendars see it. */
    public record Event(String uid, int sequence, ZonedDateTime start, ZonedDateTime end, String summary,
                        String description, String location, String url, boolean cancelled, Instant lastModified) { }

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    static final String LONDON = String.join("\r\n",
            "BEGIN:VTIMEZONE",
            "TZID:Europe/London",
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0000",
            "TZOFFSETTO:+0100",
            "TZNAME:BST",
            "DTSTART:19700329T010000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0000",
            "TZNAME:GMT",
            "DTSTART:19701025T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE") + "\r\n";

    private IcsWriter() { }

    public static String calendar(String name, List<Event> events, Instant now) {
        StringBuilder b = new StringBuilder();
        line(b, "BEGIN:VCALENDAR");
        line(b, "VERSION:2.0");
        line(b, "PRODID:-//Acorn//Meetings//EN");
        line(b, "CALSCALE:GREGORIAN");
        line(b, "X-WR-CALNAME:" + text(name));
        line(b, "X-WR-TIMEZONE:Europe/London");
        b.append(LONDON);
        for (Event e : events) {
            line(b, "BEGIN:VEVENT");
            line(b, "UID:" + text(e.uid()));
            line(b, "DTSTAMP:" + UTC.format(now));
            line(b, "DTSTART;TZID=Europe/London:" + LOCAL.format(e.start().withZoneSameInstant(Recurrence.LONDON)));
            line(b, "DTEND;TZID=Europe/London:" + LOCAL.format(e.end().withZoneSameInstant(Recurrence.LONDON)));
            line(b, "SEQUENCE:" + e.sequence());
            line(b, "STATUS:" + (e.cancelled() ? "CANCELLED" : "CONFIRMED"));
            line(b, "SUMMARY:" + text((e.cancelled() ? "Cancelled: " : "") + e.summary()));
            if (e.description() != null && !e.description().isBlank()) line(b, "DESCRIPTION:" + text(e.description()));
            if (e.location() != null && !e.location().isBlank()) line(b, "LOCATION:" + text(e.location()));
            if (e.url() != null) line(b, "URL:" + e.url().replaceAll("[\\r\\n]", ""));
            if (e.lastModified() != null) line(b, "LAST-MODIFIED:" + UTC.format(e.lastModified()));
            line(b, "END:VEVENT");
        }
        line(b, "END:VCALENDAR");
        return b.toString();
    }

    /** TEXT value escaping (RFC 5545 3.3.11). */
    static String text(String s) {
        if (s == null) return "";
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")
                .replaceAll("\\p{Cntrl}", "");
    }

    /** Appends a content line folded at 75 octets, never inside a UTF-8 character (RFC 5545 3.1). */
    static void line(StringBuilder b, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + len > 75) {
                b.append("\r\n ");
                octets = 1;
            }
            b.appendCodePoint(cp);
            octets += len;
            i += Character.charCount(cp);
        }
        b.append("\r\n");
    }
}

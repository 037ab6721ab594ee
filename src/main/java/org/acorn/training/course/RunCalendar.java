package org.acorn.training.course;

import java.time.Instant;
import java.util.List;
import org.acorn.meetings.calendar.IcsWriter;

/**
 * Runs as calendar events (written by the meetings feature's {@link IcsWriter}): the feed and the emails share this,
 * so a run keeps one UID for life and its SEQUENCE rises with every change bookers are told of; a cancelled run is
 * STATUS:CANCELLED, which removes it from calendars that had it.
 */
public final class RunCalendar {

    private RunCalendar() { }

    public static IcsWriter.Event event(Run r, Course c, String baseUrl, Instant modified) {
        return new IcsWriter.Event(r.getUid(), r.getIcalSequence(), r.getStartsAt().atZone(Run.LONDON), r.getEndsAt().atZone(Run.LONDON),
                c.getTitle(), c.getSummary(), r.getWhere(), baseUrl + "/training/run.xhtml?id=" + r.getId(), r.isCancelled(), modified);
    }

    /** One run as a whole calendar, for an email attachment. */
    public static String ics(Run r, Course c, String baseUrl, Instant now) {
        return IcsWriter.calendar(c.getTitle(), List.of(event(r, c, baseUrl, now)), now);
    }
}

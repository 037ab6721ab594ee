package org.acorn.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;

/** Reads calendar text back with ical4j (an independent parser), validates it and exposes what tests check. */
public final class IcsCheck {

    /** One event as a calendar app would read it. */
    public record Event(String uid, int sequence, String status, String summary, ZonedDateTime start) { }

    private IcsCheck() { }

    public static Map<String, Event> parse(String ics) throws Exception {
        Calendar cal = new CalendarBuilder().build(new StringReader(ics));
        assertThat(cal.validate().hasErrors()).as("ical4j validation: %s", cal.validate()).isFalse();
        assertThat(cal.getComponents(Component.VTIMEZONE)).hasSize(1);
        List<VEvent> events = cal.getComponents(Component.VEVENT);
        return events.stream().map(IcsCheck::event).collect(Collectors.toMap(Event::uid, e -> e, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static Event event(VEvent e) {
        DtStart<Temporal> start = e.<Temporal>getStartDate().orElseThrow();
        Temporal t = start.getDate();
        return new Event(value(e, Property.UID), Integer.parseInt(value(e, Property.SEQUENCE)), value(e, Property.STATUS),
                value(e, Property.SUMMARY), t instanceof ZonedDateTime z ? z : null);
    }

    private static String value(VEvent e, String name) {
        return e.<Property>getProperty(name).map(Property::getValue).orElse(null);
    }
}

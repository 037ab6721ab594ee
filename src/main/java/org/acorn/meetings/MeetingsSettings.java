package org.acorn.meetings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The meetings feature's settings (defaults in microprofile-config.properties; ACORN_MEETINGS_* override). */
@ApplicationScoped
public class MeetingsSettings {

    @Inject @ConfigProperty(name = "acorn.meetings.paper.max.kb", defaultValue = "10240") int paperMaxKb;
    @Inject @ConfigProperty(name = "acorn.meetings.series.meetings", defaultValue = "12") int seriesMeetings;
    @Inject @ConfigProperty(name = "acorn.meetings.action.reminder.days", defaultValue = "3") int reminderDays;
    @Inject @ConfigProperty(name = "acorn.meetings.pass.minutes", defaultValue = "60") int passMinutes;

    /** The largest paper accepted for an agenda item. */
    public long paperMaxBytes() { return Math.max(1, paperMaxKb) * 1024L; }
    public int getPaperMaxKb() { return paperMaxKb; }
    /** How many meetings a new series is scheduled ahead. */
    public int seriesMeetings() { return Math.min(52, Math.max(1, seriesMeetings)); }
    /** Owners are reminded this many days before an action is due (and weekly once it is overdue). */
    public int reminderDays() { return Math.max(0, reminderDays); }
    public int passMinutes() { return Math.max(1, passMinutes); }
}

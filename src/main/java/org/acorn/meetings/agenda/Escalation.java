package org.acorn.meetings.agenda;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.acorn.meetings.Meeting;
import org.acorn.meetings.MeetingKind;

/**
 * A part 2 item a district forum cannot settle goes up to the next group meeting. The new item carries the
 * old one's words and history, plus a line saying where it came from; the old one points to it.
 */
public final class Escalation {

    private Escalation() { }

    /** The first group meeting still to come after the forum met (cancelled ones are skipped). */
    public static Optional<Meeting> nextGroupMeeting(List<Meeting> candidates, Instant after) {
        return candidates.stream()
                .filter(m -> m.getKind() == MeetingKind.GROUP_MEETING && !m.isCancelled() && m.getStartsAt().isAfter(after))
                .min(Comparator.comparing(Meeting::getStartsAt));
    }

    /** The item as it will stand on the group meeting's agenda (not yet saved). */
    public static AgendaItem copyFor(AgendaItem from, Meeting forum, Meeting group, int position, String by, LocalDate today, Instant now) {
        if (from.getPart() != AgendaItem.PART_TWO) throw new IllegalArgumentException("only part 2 items are escalated");
        AgendaItem to = new AgendaItem(group.getId(), null, AgendaItem.ORDINARY, position, from.getTitle(), from.getPurpose(), now);
        to.setPresenter(from.getPresenter());
        to.setMinutesAllowed(from.getMinutesAllowed());
        to.setNotes(from.getNotes());
        to.setEscalatedFromId(from.getId());
        if (from.getHistory() != null) to.note(from.getHistory());
        to.note(today + ": escalated from " + forum.getTitle() + " (" + forum.getMeetsOn() + ") by " + by + ".");
        return to;
    }
}
